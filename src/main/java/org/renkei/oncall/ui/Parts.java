package org.renkei.oncall.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.kit.Forms;
import org.renkei.oncall.PeriodKind;
import org.renkei.oncall.Times;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;

/** The small pieces the on-call pages share: phone links, labelled facts, buttons that run a command, empty lists. */
final class Parts {

    private Parts() {}

    /** A number to call from a phone: {@code tel:} without the dashes. */
    static Anchor phone(String number) {
        Anchor a = new Anchor("tel:" + number.replace("-", "").replace(" ", ""), number);
        a.addClassName("tel");
        return a;
    }

    /** A label and its value in a {@code details} grid; nothing when there is no value. */
    static void fact(Div details, Component owner, String labelKey, @Nullable Component value) {
        if (value == null) {
            return;
        }
        Span label = new Span(owner.getTranslation(labelKey));
        label.addClassName("details-label");
        details.add(label, value);
    }

    static void fact(Div details, Component owner, String labelKey, @Nullable String value) {
        fact(details, owner, labelKey, value == null || value.isBlank() ? null : new Span(value));
    }

    /** A list as lines; null when empty, so that {@link #fact} leaves it out. */
    static @Nullable Component lines(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        Div d = new Div();
        d.addClassName("oncall-lines");
        values.forEach(v -> d.add(new Div(new Span(v))));
        return d;
    }

    static Div details() {
        Div d = new Div();
        d.addClassName("details");
        return d;
    }

    static Div section(Component owner, String titleKey) {
        Div d = new Div(new H3(owner.getTranslation(titleKey)));
        d.addClassName("oncall-section");
        return d;
    }

    static Paragraph empty(Component owner, String key) {
        Paragraph p = new Paragraph(owner.getTranslation(key));
        p.addClassName("summary-none");
        return p;
    }

    static Button button(Component owner, String key, VaadinIcon icon, String id, boolean primary, Runnable action) {
        Button b = new Button(owner.getTranslation(key), icon.create(), e -> action.run());
        b.setId(id);
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    /** Runs a command, says it is done and shows the page as it is now; or shows why not. */
    static void run(Component owner, String doneKey, Runnable command, Runnable reload) {
        try {
            command.run();
            Forms.success(owner.getTranslation(doneKey));
            reload.run();
        } catch (RenkeiException e) {
            Forms.error(owner, e);
        }
    }

    /** "輪番 12/3 18:00〜12/4 09:00" */
    static String period(Component owner, PeriodKind kind, Instant from, Instant to) {
        return owner.getTranslation("oncall.page.period", owner.getTranslation("oncall.period-kind." + kind), Times.period(from, to));
    }

    static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, TimeConfiguration.TOKYO);
    }

    static Instant instant(LocalDateTime at) {
        return at.atZone(TimeConfiguration.TOKYO).toInstant();
    }

    static LocalDateTime nowInTokyo() {
        return LocalDateTime.now(TimeConfiguration.TOKYO).withSecond(0).withNano(0);
    }
}
