package org.renkei.platform;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what {@link MailOutbox} queued, a batch at a time, by SMTP when {@code spring.mail.host} is
 * set and to the log otherwise (the demo setup). Rows are locked with SKIP LOCKED, so several nodes
 * can run it without sending a mail twice. A failed mail is retried with growing pauses.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int MAX_ATTEMPTS = 8;
    private static final int BATCH = 50;

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String from;
    private final TransactionTemplate transactions;

    MailDelivery(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> sender, Clock clock,
            MailProperties properties, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.sender = sender;
        this.clock = clock;
        this.from = properties.from();
    }

    record Pending(long id, String recipient, String subject, String body, boolean sensitive, int attempts) {}

    @Scheduled(fixedDelayString = "${renkei.mail.poll-interval:5s}", initialDelayString = "${renkei.mail.poll-interval:5s}")
    public void deliverScheduled() {
        while (deliverDue() == BATCH) {
            // a full batch: more may be waiting
        }
    }

    /** Sends the mails that are due, over one SMTP connection; returns how many went out. */
    public int deliverDue() {
        Integer sent = transactions.execute(status -> deliverBatch());
        return sent == null ? 0 : sent;
    }

    private int deliverBatch() {
        Instant now = Instant.now(clock);
        List<Pending> due = jdbc.query("""
                SELECT id, recipient, subject, body, secret_body, attempts FROM mail_outbox
                WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""",
                (rs, i) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getInt(6)),
                Timestamp.from(now), BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        JavaMailSender smtp = sender.getIfAvailable();
        Map<Pending, Exception> failures = new HashMap<>();
        if (smtp == null) {
            due.forEach(mail -> log.info("No SMTP server configured (spring.mail.host); mail to {}:\nSubject: {}\n\n{}",
                    mail.recipient(), mail.subject(), mail.body()));
        } else {
            Map<MimeMessage, Pending> messages = new LinkedHashMap<>();
            for (Pending mail : due) {
                try {
                    messages.put(message(smtp, mail), mail);
                } catch (MessagingException e) {
                    failures.put(mail, e);
                }
            }
            try {
                smtp.send(messages.keySet().toArray(MimeMessage[]::new));
            } catch (MailSendException e) {
                e.getFailedMessages().forEach((message, error) -> {
                    Pending mail = messages.get(message);
                    failures.put(mail != null ? mail : due.getFirst(), error);
                });
                if (e.getFailedMessages().isEmpty()) {
                    messages.values().forEach(mail -> failures.put(mail, e));
                }
            } catch (MailException e) {
                messages.values().forEach(mail -> failures.put(mail, e));
            }
        }
        int sent = 0;
        for (Pending mail : due) {
            Exception failure = failures.get(mail);
            if (failure == null) {
                jdbc.update("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, body = ? WHERE id = ?",
                        Timestamp.from(now), mail.sensitive() ? "(sent; body removed)" : mail.body(), mail.id());
                sent++;
            } else {
                int attempts = mail.attempts() + 1;
                Instant next = now.plus(Duration.ofSeconds(30L << Math.min(attempts, 10)));
                log.warn("Mail {} to {} failed (attempt {}): {}", mail.id(), mail.recipient(), attempts, failure.getMessage());
                jdbc.update("UPDATE mail_outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                        attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING", attempts, Timestamp.from(next),
                        truncate(String.valueOf(failure.getMessage()), 500), mail.id());
            }
        }
        return sent;
    }

    private MimeMessage message(JavaMailSender smtp, Pending mail) throws MessagingException {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        return message;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
