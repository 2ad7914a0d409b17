package org.renkei.events.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.renkei.events.MeetingKind;
import org.renkei.events.MeetingRow;
import org.renkei.events.MeetingStatus;
import org.renkei.events.RegistrationStatus;
import org.renkei.platform.TimeConfiguration;
import org.renkei.shell.Badge;

/**
 * The kit's page pieces, and the calendar's own: when a meeting is (with the weekday), its kind, the reader's registration
 * as badges, and a meeting as a card in a list.
 */
final class Parts extends org.renkei.kit.Parts {

    private Parts() {}

    static Locale locale() {
        return UI.getCurrent() == null ? Locale.JAPANESE : UI.getCurrent().getLocale();
    }

    /** "2026/12/10（木）19:00–20:30", "Thu, Dec 10, 2026 19:00–20:30". */
    static String when(Component owner, Instant start, Instant end) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(owner.getTranslation("events.page.day-pattern"), locale())
                .withZone(TimeConfiguration.TOKYO);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(TimeConfiguration.TOKYO);
        return owner.getTranslation("events.page.when", day.format(start), time.format(start), time.format(end));
    }

    static Span kind(Component owner, MeetingKind k) {
        Span badge = Badge.of(owner.getTranslation("events.kind." + k), Badge.Tone.INFO);
        badge.addClassName("events-kind");
        return badge;
    }

    static Span registration(Component owner, RegistrationStatus s) {
        Span badge = Badge.of(owner.getTranslation("events.registration." + s), switch (s) {
            case CONFIRMED -> Badge.Tone.SUCCESS;
            case WAITING -> Badge.Tone.WARNING;
            case CANCELLED -> Badge.Tone.NEUTRAL;
        });
        badge.addClassName("events-mine");
        return badge;
    }

    static Span calledOff(Component owner) {
        return Badge.of(owner.getTranslation("events.status." + MeetingStatus.CALLED_OFF), Badge.Tone.DANGER);
    }

    /** Seats: "12 / 30 席" and the waiting list. */
    static String seats(Component owner, long confirmed, Integer capacity, long waiting) {
        String taken = capacity == null ? owner.getTranslation("events.page.seats-open", confirmed)
                : owner.getTranslation("events.page.seats", confirmed, capacity);
        return waiting == 0 ? taken : owner.getTranslation("join.dot", taken, owner.getTranslation("events.page.waiting-count", waiting));
    }

    static Div card(Component owner, MeetingRow r) {
        Div card = new Div();
        card.addClassNames("oncall-card", "events-card");
        card.setId("events-meeting-" + r.id());
        if (r.mine() != null) {
            card.addClassName("attention");
        }
        Anchor link = new Anchor(MeetingPage.href(r.id()), r.title());
        link.addClassName("events-title");
        Div top = new Div(kind(owner, r.kind()));
        top.addClassName("badges");
        if (r.status() == MeetingStatus.CALLED_OFF) {
            top.add(calledOff(owner));
        }
        if (r.attended()) {
            top.add(Badge.of(owner.getTranslation("events.page.attended"), Badge.Tone.SUCCESS));
        } else if (r.mine() != null) {
            top.add(registration(owner, r.mine()));
        } else if (r.full()) {
            top.add(Badge.of(owner.getTranslation("events.page.full"), Badge.Tone.WARNING));
        }
        Span when = new Span(when(owner, r.startsAt(), r.endsAt()));
        when.addClassName("events-when");
        String where = r.place() == null ? owner.getTranslation("events.page.online")
                : r.online() ? owner.getTranslation("events.page.place-and-online", r.place()) : r.place();
        Span meta = new Span(owner.getTranslation("join.dot", where, r.organiserName()));
        meta.addClassName("patient-meta");
        Span seats = new Span(owner.getTranslation("join.colon", owner.getTranslation("events.page.seats-label"),
                seats(owner, r.confirmed(), r.capacity(), r.waiting())));
        seats.addClassName("patient-meta");
        card.add(top, link, when, meta, seats);
        return card;
    }
}
