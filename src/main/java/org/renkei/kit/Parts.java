package org.renkei.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
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
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;

/**
 * The small pieces the module pages share: phone links, labelled facts, lists as lines, sections, buttons that run a
 * command and say so, empty lists, required fields, and Tokyo's local time for pickers. A module's own {@code Parts}
 * extends it with what only it needs.
 */
public class Parts {

    protected Parts() {}

    /** A number to call from a phone: {@code tel:} without the dashes. */
    public static Anchor phone(String number) {
        Anchor a = new Anchor("tel:" + number.replace("-", "").replace(" ", ""), number);
        a.addClassName("tel");
        return a;
    }

    /** A label and its value in a {@code details} grid; nothing when there is no value. */
    public static void fact(Div details, Component owner, String labelKey, @Nullable Component value) {
        if (value == null) {
            return;
        }
        Span label = new Span(owner.getTranslation(labelKey));
        label.addClassName("details-label");
        details.add(label, value);
    }

    public static void fact(Div details, Component owner, String labelKey, @Nullable String value) {
        fact(details, owner, labelKey, value == null || value.isBlank() ? null : new Span(value));
    }

    /** A list as lines; null when empty, so that {@link #fact} leaves it out. */
    public static @Nullable Component lines(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        Div d = new Div();
        d.addClassName("oncall-lines");
        values.forEach(v -> d.add(new Div(new Span(v))));
        return d;
    }

    public static Div details() {
        Div d = new Div();
        d.addClassName("details");
        return d;
    }

    public static Div section(Component owner, String titleKey) {
        Div d = new Div(new H3(owner.getTranslation(titleKey)));
        d.addClassName("oncall-section");
        return d;
    }

    /** A titled part of a record's page (a request's ask, its timeline, a handoff's sheet …). */
    public static Div titled(Component owner, String titleKey, Component content) {
        Div d = new Div(new H3(owner.getTranslation(titleKey)), content);
        d.addClassName("handoff-section");
        return d;
    }

    public static Div list() {
        Div d = new Div();
        d.addClassName("oncall-list");
        return d;
    }

    public static Div actions(Component... buttons) {
        Div d = new Div(buttons);
        d.addClassName("actions");
        return d;
    }

    public static Paragraph empty(Component owner, String key, Object... arguments) {
        Paragraph p = new Paragraph(owner.getTranslation(key, arguments));
        p.addClassName("summary-none");
        return p;
    }

    public static Paragraph note(Component owner, String key, Object... arguments) {
        Paragraph p = new Paragraph(owner.getTranslation(key, arguments));
        p.addClassName("patient-meta");
        return p;
    }

    public static Button button(Component owner, String key, VaadinIcon icon, String id, boolean primary, Runnable action) {
        Button b = new Button(owner.getTranslation(key), icon.create(), e -> action.run());
        b.setId(id);
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    /** Marks an empty required field; true when it is empty. */
    public static <F extends HasValue<?, ?> & HasValidation> boolean missing(Component owner, F field) {
        if (field.isEmpty()) {
            field.setErrorMessage(owner.getTranslation("validation.NotNull"));
            field.setInvalid(true);
            return true;
        }
        return false;
    }

    /** Runs a command, says it is done and shows the page as it is now; or shows why not. */
    public static void run(Component owner, String doneKey, Runnable command, Runnable reload) {
        try {
            command.run();
            Forms.success(owner.getTranslation(doneKey));
            reload.run();
        } catch (RenkeiException e) {
            Forms.error(owner, e);
        }
    }

    /**
     * One step of a timeline (a request's, a report's): when, what, who, and a detail; {@code step} also names the
     * item's class ({@code timeline-closed}), which colours its dot.
     */
    public static Div timelineItem(String when, String step, String what, @Nullable String who, @Nullable String detail) {
        Div item = new Div();
        item.addClassNames("timeline-item", "timeline-" + step.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        Span time = new Span(when);
        time.addClassName("timeline-time");
        Span kind = new Span(what);
        kind.addClassName("timeline-kind");
        item.add(time, kind);
        if (who != null && !who.isBlank()) {
            Span by = new Span(who);
            by.addClassName("patient-meta");
            item.add(by);
        }
        if (detail != null && !detail.isBlank()) {
            Span d = new Span(detail);
            d.addClassName("timeline-detail");
            item.add(d);
        }
        return item;
    }

    public static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, TimeConfiguration.TOKYO);
    }

    public static Instant instant(LocalDateTime at) {
        return at.atZone(TimeConfiguration.TOKYO).toInstant();
    }

    public static LocalDateTime nowInTokyo() {
        return LocalDateTime.now(TimeConfiguration.TOKYO).withSecond(0).withNano(0);
    }
}
