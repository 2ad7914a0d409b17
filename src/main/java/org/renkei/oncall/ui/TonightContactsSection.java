package org.renkei.oncall.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.renkei.oncall.CoverService;
import org.renkei.oncall.Responder;
import org.renkei.oncall.Times;
import org.renkei.oncall.WhoCovers;
import org.renkei.patient.PatientHeader;
import org.renkei.patient.PatientPageSection;
import org.renkei.patient.PatientStatus;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;

/**
 * 今夜の連絡先 on the patient page: who answers the patient's call now, in order (1 the 主治医 or the 代診医 and the 24時間
 * 訪問看護, 2 the 副主治医 or 輪番医, 3 the backup), with numbers to call; when that changes and who answers then; and the
 * gaps, in red.
 */
@org.springframework.stereotype.Component
class TonightContactsSection implements PatientPageSection {

    private final CoverService cover;

    TonightContactsSection(CoverService cover) {
        this.cover = cover;
    }

    @Override
    public Optional<Component> section(Actor actor, PatientHeader header, BiFunction<String, Object[], String> translate) {
        if (header.status() != PatientStatus.ACTIVE) {
            return Optional.empty();
        }
        WhoCovers who;
        try {
            who = cover.whoCovers(actor, header.id());
        } catch (RenkeiException e) {
            // the page shows the patient all the same
            return Optional.empty();
        }
        Div section = new Div(new H3(t(translate, "oncall.page.contacts.title")));
        section.addClassNames("summary-section", "tonight-contacts");
        section.setId("tonight-contacts");
        for (WhoCovers.Gap gap : who.gaps()) {
            Paragraph p = new Paragraph(t(translate, "oncall.gap." + gap));
            p.addClassNames("gap", "emergency-banner");
            section.add(p);
        }
        Paragraph now = new Paragraph(t(translate, "oncall.page.contacts.now"));
        now.addClassName("contacts-label");
        section.add(now, responders(who.now(), translate, "now"));
        Paragraph change = new Paragraph(t(translate, "oncall.page.contacts.next", Times.shortTime(who.nextAt())));
        change.addClassName("contacts-label");
        section.add(change, responders(who.next(), translate, "next"));
        return Optional.of(section);
    }

    private static Div responders(List<Responder> list, BiFunction<String, Object[], String> translate, String id) {
        Div d = new Div();
        d.addClassName("responders");
        d.setId("contacts-" + id);
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(t(translate, "oncall.page.contacts.nobody"));
            none.addClassName("gap");
            d.add(none);
        }
        for (Responder r : list) {
            Span order = new Span(String.valueOf(r.order()));
            order.addClassName("responder-order");
            Span kind = new Span(t(translate, "oncall.responder." + r.kind()));
            kind.addClassName("responder-kind");
            String who = r.memberName() == null ? r.facilityName() : t(translate, "join.paren", r.memberName(), r.facilityName());
            Div line = new Div(order, kind, new Span(who));
            line.addClassName("responder");
            if (r.phone() != null && !r.phone().isBlank()) {
                Anchor tel = Parts.phone(r.phone());
                line.add(tel);
            }
            if (r.until() != null) {
                Span until = new Span(t(translate, "oncall.page.contacts.until", Times.shortTime(r.until())));
                until.addClassName("patient-meta");
                line.add(until);
            }
            d.add(line);
        }
        return d;
    }

    private static String t(BiFunction<String, Object[], String> translate, String key, Object... args) {
        return translate.apply(key, args);
    }
}
