package org.renkei.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail goes out over real SMTP only after its transaction commits, in Japanese, and secrets do not stay behind. */
@RenkeiTest
class MailDeliveryIntegrationTest {

    @Autowired MailOutbox outbox;
    @Autowired MailDelivery delivery;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aQueuedMailIsSentOnceAndASecretBodyIsBlankedAfterwards() throws Exception {
        String to = Fixtures.unique("mail") + "@example.jp";
        tx.executeWithoutResult(s -> outbox.enqueue(to, "【Renkei】テスト", "本文: https://renkei.example/activate/secret", true));

        delivery.deliverScheduled();
        delivery.deliverScheduled();

        assertThat(TestMail.to(to)).hasSize(1);
        MimeMessage mail = TestMail.to(to).getFirst();
        assertThat(mail.getSubject()).isEqualTo("【Renkei】テスト");
        assertThat(GreenMailUtil.getBody(mail)).isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT body FROM mail_outbox WHERE recipient = ?", String.class, to))
                .doesNotContain("secret");
    }

    @Test
    void aMailOfARolledBackChangeIsNeverSent() {
        String to = Fixtures.unique("rollback") + "@example.jp";
        tx.executeWithoutResult(s -> {
            outbox.enqueue(to, "件名", "本文", false);
            s.setRollbackOnly();
        });
        delivery.deliverScheduled();
        assertThat(TestMail.to(to)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class, to)).isZero();
    }
}
