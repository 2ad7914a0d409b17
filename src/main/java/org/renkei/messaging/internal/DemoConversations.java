package org.renkei.messaging.internal;

import java.util.List;
import org.renkei.directory.DemoCast;
import org.renkei.messaging.Conversation;
import org.renkei.messaging.ConversationService;
import org.renkei.messaging.Importance;
import org.renkei.messaging.MessageService;
import org.renkei.messaging.NewMessage;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientService;
import org.renkei.security.Actor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A few demo conversations (dev profile only): the room of 鈴木 トメ and a group of the 桜ヶ丘 team. */
@Component
@Profile("dev")
@Order(10)
class DemoConversations implements ApplicationRunner {

    private final ConversationService conversations;
    private final MessageService messages;
    private final PatientService patients;
    private final DemoCast cast;
    private final JdbcTemplate jdbc;

    DemoConversations(ConversationService conversations, MessageService messages, PatientService patients, DemoCast cast,
            JdbcTemplate jdbc) {
        this.conversations = conversations;
        this.messages = messages;
        this.patients = patients;
        this.cast = cast;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!cast.present()) {
            return;
        }
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM conversation", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        Actor yamada = cast.who("dr-yamada");
        Actor sasaki = cast.who("nurse-sasaki");
        Actor hayashi = cast.who("cm-hayashi");
        List<PatientCard> mine = patients.myPatients(yamada, "鈴木 トメ", 0, 1);
        if (mine.isEmpty()) {
            return;
        }
        Conversation room = conversations.patientRoom(yamada, mine.getFirst().id());
        post(sasaki, room, "demo-1", "本日訪問しました。SpO2 94%（安静時、酸素1L）、下腿浮腫+。体重は先週より1.2kg増えています。", Importance.NORMAL);
        post(yamada, room, "demo-2", "ありがとうございます。フロセミドを明日から40mgに増量します。@佐々木 陽子 さん、3日後に体重の再確認をお願いします。",
                Importance.IMPORTANT);
        post(hayashi, room, "demo-3", "来週のショートステイは体調を見て判断します。ご家族（長女）には連絡済みです。", Importance.NORMAL);
        Conversation group = conversations.group(yamada, "桜ヶ丘 多職種連携連絡会", List.of(sasaki.memberId(), hayashi.memberId(),
                cast.who("pharm-watanabe").memberId(), cast.who("desk-abe").memberId()));
        post(cast.who("desk-abe"), group, "demo-4", "12月の連絡会は12/10（木）19時から区役所3階で開催します。テーマは「災害時の在宅療養」です。",
                Importance.NORMAL);
    }

    private void post(Actor actor, Conversation c, String clientId, String body, Importance importance) {
        messages.post(actor, c.id(), new NewMessage(clientId, body, importance, null));
    }
}
