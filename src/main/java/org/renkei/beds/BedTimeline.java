package org.renkei.beds;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.beds.internal.BedRequest;
import org.renkei.beds.internal.BedRequests;
import org.renkei.platform.SqlTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The request's timeline (下書き → 依頼中 → 受入可 …): the only writer of {@code bed_request_event}, in the step's transaction. */
@Component
class BedTimeline {

    private final BedRequests requests;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BedTimeline(BedRequests requests, JdbcTemplate jdbc, Clock clock) {
        this.requests = requests;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(BedEvent.OfRequest event) {
        BedRequest r = requests.require(event.requestId());
        switch (event) {
            case BedEvent.RequestDrafted e -> step(e, "DRAFTED", null);
            case BedEvent.RequestAtDesk e -> step(e, "AT_DESK", null);
            case BedEvent.RequestSent e -> step(e, "SENT", e.previousId() == null ? null : "#" + e.previousId());
            case BedEvent.RequestAccepted e -> step(e, "ACCEPTED", r.arriveBy() == null ? null : Times.time(r.arriveBy()));
            case BedEvent.RequestDeclined e -> step(e, "DECLINED", e.reason().name());
            case BedEvent.RequestExpired e -> step(null, e.requestId(), "EXPIRED", null);
            case BedEvent.RequestWithdrawn e -> step(e, "WITHDRAWN", null);
            case BedEvent.PatientAdmitted e -> step(e, "ADMITTED", String.valueOf(r.admittedOn()));
            case BedEvent.PatientDischarged e -> step(e, "DISCHARGED", String.valueOf(r.dischargedOn()));
        }
    }

    private void step(BedEvent.OfRequest e, String step, @Nullable String detail) {
        step(e, e.requestId(), step, detail);
    }

    private void step(BedEvent.@Nullable OfRequest e, long requestId, String step, @Nullable String detail) {
        jdbc.update("INSERT INTO bed_request_event (request_id, occurred_at, actor_id, actor_name, step, detail) VALUES (?, ?, ?, ?, ?, ?)",
                requestId, SqlTime.of(Instant.now(clock)), e == null ? null : e.actor().memberId(), e == null ? "" : e.actor().name(),
                step, detail);
    }
}
