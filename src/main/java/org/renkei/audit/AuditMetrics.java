package org.renkei.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the sealing of the access log is behind (Prometheus): the entries written but not yet chained. A number
 * that keeps growing means the sealer stopped, and the log's newest entries are not yet tamper-evident.
 */
@Component
class AuditMetrics {

    AuditMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        Gauge.builder("renkei.audit.unsealed", jdbc, AuditMetrics::unsealed)
                .description("access-log entries written but not yet sealed into the chain").register(registry);
    }

    private static double unsealed(JdbcTemplate jdbc) {
        Long n = jdbc.queryForObject("""
                SELECT COALESCE((SELECT MAX(id) FROM audit_event), 0) - COALESCE((SELECT s.event_id FROM audit_seal s
                  JOIN audit_chain_head h ON h.id = 1 AND s.seq = h.last_seq), 0)""", Long.class);
        return n == null ? 0 : Math.max(0, n);
    }
}
