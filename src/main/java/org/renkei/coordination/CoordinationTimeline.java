package org.renkei.coordination;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.platform.SqlTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A request's timeline (受付 → 照会中 → 提案済 → 成立 …): the only writer of {@code coordination_event}. */
@Component
class CoordinationTimeline {

    private final JdbcTemplate jdbc;
    private final DirectoryLookup directory;
    private final Clock clock;

    CoordinationTimeline(JdbcTemplate jdbc, DirectoryLookup directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener
    void on(CoordinationEvent event) {
        switch (event) {
            case CoordinationEvent.Filed e -> step(e, "FILED", null);
            case CoordinationEvent.Inquired e -> step(e, "INQUIRED", directory.facilities(e.facilityIds()).values().stream()
                    .map(f -> f.name()).collect(Collectors.joining("、")));
            case CoordinationEvent.Answered e -> step(e, "ANSWERED_" + e.answer(), directory.facility(e.facilityId()).name());
            case CoordinationEvent.Proposed e -> step(e, "PROPOSED", directory.facility(e.facilityId()).name());
            case CoordinationEvent.MatchAccepted e -> step(e, "MATCHED", directory.facility(e.facilityId()).name());
            case CoordinationEvent.MatchDeclined e -> step(e, "MATCH_DECLINED", directory.facility(e.facilityId()).name());
            case CoordinationEvent.Unmatched e -> step(e, "UNMATCHED", null);
            case CoordinationEvent.Completed e -> step(e, "COMPLETED", null);
            case CoordinationEvent.Withdrawn e -> step(e, "WITHDRAWN", null);
            case CoordinationEvent.PatientLinked e -> step(e, "LINKED", null);
        }
    }

    private void step(CoordinationEvent e, String step, @Nullable String detail) {
        jdbc.update("INSERT INTO coordination_event (request_id, occurred_at, actor_id, actor_name, step, detail) VALUES (?, ?, ?, ?, ?, ?)",
                e.requestId(), SqlTime.of(Instant.now(clock)), e.actor().memberId(), e.actor().name(), step,
                detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500));
    }
}
