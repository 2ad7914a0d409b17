package org.renkei.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.renkei.directory.DirectoryLookup;
import org.renkei.notification.NoticeRequest;
import org.renkei.platform.MailOutbox;
import org.renkei.platform.PortalProperties;
import org.renkei.platform.Translations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the notices of a committed change, in one batch, and queues the mails that only say there is
 * something to see (patient details never leave the portal by mail).
 */
@Component
class NoticeWriter {

    private final JdbcTemplate jdbc;
    private final MailOutbox mail;
    private final DirectoryLookup directory;
    private final Translations translations;
    private final Clock clock;
    private final PortalProperties portal;

    NoticeWriter(JdbcTemplate jdbc, MailOutbox mail, DirectoryLookup directory, Translations translations, Clock clock,
            PortalProperties portal) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.directory = directory;
        this.translations = translations;
        this.clock = clock;
        this.portal = portal;
    }

    @ApplicationModuleListener
    void on(NoticeRequest request) {
        if (request.recipients().isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        String arguments = String.join("\u001f", request.arguments());
        List<Long> recipients = new ArrayList<>(request.recipients());
        jdbc.batchUpdate("""
                INSERT INTO notice (member_id, kind, message_key, arguments, link, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", recipients, 500, (ps, member) -> {
            ps.setLong(1, member);
            ps.setString(2, request.kind());
            ps.setString(3, request.messageKey());
            ps.setString(4, arguments);
            ps.setString(5, request.link());
            ps.setTimestamp(6, now);
        });
        if (request.mail()) {
            String link = portal.link(request.link() == null ? "" : request.link());
            directory.emails(recipients).forEach((member, address) -> mail.enqueue(address,
                    translations.text("mail.notice.subject", Translations.JAPANESE) + " / "
                            + translations.text("mail.notice.subject", Translations.ENGLISH),
                    translations.text("mail.notice.body", Translations.JAPANESE, link) + "\n\n----\n\n"
                            + translations.text("mail.notice.body", Translations.ENGLISH, link), false));
        }
    }
}
