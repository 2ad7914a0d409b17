package org.renkei.oncall.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.renkei.oncall.Brief;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * 申し送り as a card: who the patient is and how to reach them and their 主治医; for a full brief what a doctor who does
 * not know the patient needs at night. A patient outside the consent shows their name only, a minimal brief name,
 * address and phone.
 */
final class BriefCards {

    private BriefCards() {}

    static Div card(Component owner, Locale locale, Brief b, @Nullable Component action) {
        Div card = new Div();
        card.addClassName("brief-card");
        card.setId("brief-" + b.patientId());
        Span name = new Span(b.name());
        name.addClassName("patient-name");
        Span kana = new Span(b.nameKana());
        kana.addClassName("patient-kana");
        Div top = new Div(name, kana);
        top.addClassName("patient-card-top");
        card.add(top);
        if (b.outsideConsent()) {
            card.addClassName("outside-consent");
            Paragraph warning = new Paragraph(owner.getTranslation("oncall.page.brief.outside-consent"));
            warning.addClassName("emergency-banner");
            card.add(warning);
            return card;
        }
        if (b.minimal()) {
            top.add(Badge.of(owner.getTranslation("oncall.page.brief.minimal"), Badge.Tone.NEUTRAL));
        } else {
            top.add(new Span(owner.getTranslation("join.dot", owner.getTranslation("patient.age", b.age()), b.sex())));
        }
        Div facts = Parts.details();
        Parts.fact(facts, owner, "oncall.page.brief.address", b.address());
        Parts.fact(facts, owner, "oncall.page.brief.phone", b.phone() == null ? null : Parts.phone(b.phone()));
        if (!b.minimal()) {
            Div primary = new Div(new Span(b.primaryFacility().isBlank() ? b.primaryName()
                    : owner.getTranslation("join.paren", b.primaryName(), b.primaryFacility())));
            if (b.primaryPhone() != null) {
                primary.add(new Span(" "), Parts.phone(b.primaryPhone()));
            }
            Parts.fact(facts, owner, "oncall.responder.PRIMARY", primary);
            full(owner, locale, b, facts);
        }
        card.add(facts);
        if (!b.minimal() && !b.missing().isEmpty()) {
            card.add(missing(owner, b.missing()));
        }
        if (action != null) {
            Div actions = new Div(action);
            actions.addClassName("actions");
            card.add(actions);
        }
        return card;
    }

    private static void full(Component owner, Locale locale, Brief b, Div facts) {
        Parts.fact(facts, owner, "oncall.brief.field.diagnoses", Parts.lines(b.diagnoses()));
        Parts.fact(facts, owner, "oncall.page.brief.medicines", Parts.lines(b.medicines()));
        Parts.fact(facts, owner, "oncall.page.brief.as-needed", Parts.lines(b.asNeeded()));
        Parts.fact(facts, owner, "oncall.page.brief.allergies", allergies(owner, b.allergies()));
        Parts.fact(facts, owner, "oncall.page.brief.contraindications", Parts.lines(b.contraindications()));
        Parts.fact(facts, owner, "oncall.brief.field.resuscitation", strong(b.resuscitation()));
        Parts.fact(facts, owner, "oncall.brief.field.transport", strong(b.transport()));
        Parts.fact(facts, owner, "oncall.page.brief.place-of-care", b.placeOfCare());
        Parts.fact(facts, owner, "oncall.page.brief.wishes", b.wishes());
        Parts.fact(facts, owner, "oncall.brief.field.expected-events", Parts.lines(b.expectedEvents()));
        Parts.fact(facts, owner, "oncall.brief.field.key-persons", Parts.lines(b.keyPersons()));
        Parts.fact(facts, owner, "oncall.brief.field.entry", b.entry());
        Parts.fact(facts, owner, "oncall.responder.NURSE_STATION", Parts.lines(b.nursing()));
        Parts.fact(facts, owner, "oncall.brief.field.last-visit", b.lastVisit() == null ? null : Dates.date(b.lastVisit(), locale));
        Parts.fact(facts, owner, "oncall.page.brief.backup-bed", b.backupBed());
        Parts.fact(facts, owner, "oncall.page.brief.devices", Parts.lines(b.devices()));
        if (!b.safety().isEmpty()) {
            Div flags = new Div();
            flags.addClassName("badges");
            b.safety().forEach(s -> flags.add(Badge.of(s, Badge.Tone.WARNING)));
            Parts.fact(facts, owner, "oncall.page.brief.safety", flags);
        }
    }

    /** Allergies, the severe ones (marked so by the brief) in red. */
    private static @Nullable Component allergies(Component owner, List<String> allergies) {
        if (allergies.isEmpty()) {
            return null;
        }
        String severe = owner.getTranslation("oncall.brief.severe");
        Div d = new Div();
        d.addClassName("oncall-lines");
        for (String a : allergies) {
            Span line = new Span(a);
            if (a.contains(severe)) {
                line.addClassName("severe");
            }
            d.add(new Div(line));
        }
        return d;
    }

    private static @Nullable Component strong(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Span s = new Span(value);
        s.addClassName("brief-strong");
        return s;
    }

    /** 未記入: the fields a full brief lacks, as red badges. */
    static Div missing(Component owner, List<String> fields) {
        Div d = new Div(new Span(owner.getTranslation("oncall.page.brief.missing")));
        d.addClassNames("badges", "brief-missing");
        fields.forEach(f -> d.add(Badge.of(owner.getTranslation("oncall.brief.field." + f), Badge.Tone.DANGER)));
        return d;
    }
}
