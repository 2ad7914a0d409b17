package org.renkei.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a mail in the caller's transaction: it goes out only if the change that caused it commits,
 * and it is not lost if the mail server is down ({@link MailDelivery} retries).
 */
@Component
public class MailOutbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MailOutbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param sensitive the body holds a secret (a one-time link): it is blanked once the mail is sent
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String recipient, String subject, String body, boolean sensitive) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.update("""
                INSERT INTO mail_outbox (created_at, recipient, subject, body, secret_body, status, attempts, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?)""", now, recipient, subject, body, sensitive, now);
    }
}
