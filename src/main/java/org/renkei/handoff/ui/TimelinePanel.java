package org.renkei.handoff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import org.renkei.handoff.DeclineReason;
import org.renkei.handoff.HandoffTimeline;
import org.renkei.handoff.TimelineEntry;
import org.renkei.security.Actor;
import org.renkei.shell.Dates;

/** A handoff's timeline on its page: when, what, who, and a decline's reason in the reader's words. */
final class TimelinePanel extends Div {

    private final HandoffTimeline timelines;
    private final Actor actor;

    TimelinePanel(HandoffTimeline timelines, Actor actor) {
        this.timelines = timelines;
        this.actor = actor;
        setId("handoff-timeline");
        addClassName("timeline");
    }

    void show(long handoffId) {
        removeAll();
        for (TimelineEntry e : timelines.of(actor, handoffId)) {
            Div item = new Div();
            item.addClassNames("timeline-item", "timeline-" + e.kind());
            Span when = new Span(Dates.dateTime(e.at(), getLocale()));
            when.addClassName("timeline-time");
            Span what = new Span(getTranslation("timeline." + e.kind()));
            what.addClassName("timeline-kind");
            Span who = new Span(e.facilityName() == null ? e.actorName() : getTranslation("join.paren", e.actorName(), e.facilityName()));
            who.addClassName("patient-meta");
            item.add(when, what, who);
            if (e.detail() != null && !e.kind().equals("sent")) {
                Span detail = new Span(detail(e));
                detail.addClassName("timeline-detail");
                item.add(detail);
            }
            add(item);
        }
    }

    private String detail(TimelineEntry e) {
        String d = Objects.requireNonNull(e.detail());
        if (e.kind().equals("declined")) {
            int colon = d.indexOf(": ");
            String code = colon < 0 ? d : d.substring(0, colon);
            try {
                String reason = getTranslation("decline-reason." + DeclineReason.valueOf(code));
                return colon < 0 ? reason : getTranslation("join.colon", reason, d.substring(colon + 2));
            } catch (IllegalArgumentException notACode) {
                return d;
            }
        }
        return d;
    }
}
