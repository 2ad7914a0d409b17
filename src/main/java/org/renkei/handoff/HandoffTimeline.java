package org.renkei.handoff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.security.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline of a handoff: every step, written here and nowhere else (in the transaction of the step), and read
 * back for those who may read the handoff.
 */
@Component
public class HandoffTimeline {

    private final JdbcTemplate jdbc;
    private final DirectoryLookup directory;
    private final HandoffService handoffs;
    private final Clock clock;

    HandoffTimeline(JdbcTemplate jdbc, DirectoryLookup directory, HandoffService handoffs, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.handoffs = handoffs;
        this.clock = clock;
    }

    /** The timeline: every step, oldest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> of(Actor actor, long id) {
        handoffs.requireReader(actor, handoffs.load(id), handoffs.recipientsOf(id));
        record Row(Instant at, String actor, String kind, @Nullable String detail, @Nullable Long facility) {}
        List<Row> rows = jdbc.query("""
                SELECT e.at, e.actor_name, e.kind, e.detail, r.facility_id FROM handoff_event e
                LEFT JOIN handoff_recipient r ON r.id = e.recipient_id WHERE e.handoff_id = ? ORDER BY e.at, e.id""",
                (rs, i) -> {
                    long f = rs.getLong(5);
                    Long facility = rs.wasNull() ? null : f;
                    return new Row(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4), facility);
                }, id);
        Map<Long, FacilityRef> facilities = directory.facilities(rows.stream().map(Row::facility).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return rows.stream().map(r -> new TimelineEntry(r.at(), r.actor(), r.kind(),
                r.facility() == null ? null : facilities.get(r.facility()).name(), r.detail())).toList();
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
