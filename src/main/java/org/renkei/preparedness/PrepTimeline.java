package org.renkei.preparedness;

import java.time.Clock;
import java.time.Instant;
import org.renkei.preparedness.internal.EventLog;
import org.renkei.preparedness.internal.EventLogRow;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The event's record for the after-action review, in the step's transaction: the only writer of {@code prep_event_log}. */
@Component
class PrepTimeline {

    private final EventLog log;
    private final Clock clock;

    PrepTimeline(EventLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @EventListener
    void on(PrepEvent.OfEvent event) {
        Instant now = Instant.now(clock);
        Long actor = event.actor().memberId() == 0 ? null : event.actor().memberId();
        String name = event.actor().name();
        EventLogRow row = switch (event) {
            case PrepEvent.Declared e -> new EventLogRow(e.eventId(), null, now, actor, name, "DECLARED", null, null, null);
            case PrepEvent.CheckRecorded e -> new EventLogRow(e.eventId(), e.patientId(), now, actor, name, "RECORDED", e.state(),
                    e.hoursLeft(), e.note());
            case PrepEvent.CheckAcknowledged e -> new EventLogRow(e.eventId(), e.patientId(), now, actor, name, "ACKNOWLEDGED", null,
                    null, null);
            case PrepEvent.CheckReminded e -> new EventLogRow(e.eventId(), e.patientId(), now, null, name, "REMINDED", null, null, null);
            case PrepEvent.Ended e -> new EventLogRow(e.eventId(), null, now, actor, name, "ENDED", null, null, null);
        };
        log.save(row);
    }
}
