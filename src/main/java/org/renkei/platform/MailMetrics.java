package org.renkei.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Mails waiting in the outbox (Prometheus): a number that keeps growing means the SMTP server refuses or is gone. */
@Component
class MailMetrics {

    MailMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        Gauge.builder("renkei.mail.waiting", jdbc, j -> {
            Long n = j.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING'", Long.class);
            return n == null ? 0 : n;
        }).description("mails not yet delivered (waiting or retrying)").register(registry);
    }
}
