package org.renkei.handoff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The timeline of a handoff: every step, written here and nowhere else, in the transaction of the step. */
@Component
class HandoffTimeline {

    private final JdbcTemplate jdbc;
    private final DirectoryLookup directory;
    private final Clock clock;

    HandoffTimeline(JdbcTemplate jdbc, DirectoryLookup directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener
    void on(HandoffEvent event) {
        switch (event) {
            case HandoffEvent.Created e -> write(e, null, "created", null);
            case HandoffEvent.Edited e -> write(e, null, "edited", null);
            case HandoffEvent.Sent e -> write(e, null, "sent", String.valueOf(e.recipientFacilities().size()));
            case HandoffEvent.Opened e -> write(e, e.recipientId(), "received", null);
            case HandoffEvent.Accepted e -> write(e, e.recipientId(), "accepted", null);
            case HandoffEvent.Declined e -> write(e, e.recipientId(), "declined", e.reason() + (e.note() == null ? "" : ": " + e.note()));
            case HandoffEvent.Replaced e -> write(e, e.recipientId(), "replaced", directory.facility(e.declinedFacilityId()).name());
            case HandoffEvent.Cancelled e -> write(e, null, "cancelled", e.reason());
            case HandoffEvent.Completed e -> write(e, null, "completed", e.firstVisit() == null ? null : e.firstVisit().toString());
            case HandoffEvent.ConferenceProposed e -> write(e, null, "conference-proposed", Formats.time(e.startsAt()));
            case HandoffEvent.ConferenceAgreed e -> write(e, null, "conference-agreed", Formats.time(e.startsAt()));
            case HandoffEvent.CarePlanAttached e -> write(e, null, "care-plan", e.fileName());
        }
    }

    private void write(HandoffEvent e, @Nullable Long recipientId, String kind, @Nullable String detail) {
        jdbc.update("INSERT INTO handoff_event (handoff_id, recipient_id, at, actor_id, actor_name, kind, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
                e.handoffId(), recipientId, Timestamp.from(Instant.now(clock)), e.actor().memberId(), e.actor().name(), kind,
                detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail);
    }
}
