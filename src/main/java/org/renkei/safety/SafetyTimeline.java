package org.renkei.safety;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.SqlTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A report's timeline (下書き → 提出 → 管理者確認 → 対応中 → 終結): the only writer of {@code safety_report_event}, in the step's transaction. */
@Component
class SafetyTimeline {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SafetyTimeline(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(SafetyEvent.OfReport event) {
        switch (event) {
            case SafetyEvent.ReportDrafted e -> {
                if (e.reportId() != 0) {
                    step(e, "DRAFTED", null);
                }
            }
            case SafetyEvent.ReportEdited e -> step(e, "EDITED", null);
            case SafetyEvent.ReportSubmitted e -> step(e, "SUBMITTED", null);
            case SafetyEvent.EvidenceAttached e -> step(e, "EVIDENCE", e.contentType());
            case SafetyEvent.ReportAcknowledged e -> step(e, "ACKNOWLEDGED", null);
            case SafetyEvent.ResponseRecorded e -> step(e, "RESPONDED", e.kind().name());
            case SafetyEvent.ReportClosed e -> step(e, "CLOSED", null);
            case SafetyEvent.ReportReopened e -> step(e, "REOPENED", null);
        }
    }

    private void step(SafetyEvent.OfReport e, String step, @Nullable String detail) {
        jdbc.update("INSERT INTO safety_report_event (report_id, occurred_at, actor_id, actor_name, step, detail) VALUES (?, ?, ?, ?, ?, ?)",
                e.reportId(), SqlTime.of(Instant.now(clock)), e.actor().memberId(), e.actor().name(), step, detail);
    }
}
