package org.renkei.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.audit.AuditFilter;
import org.renkei.audit.AuditRecord;
import org.renkei.audit.AuditTrailService;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.notification.Notice;
import org.renkei.notification.NoticeService;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.ConsentService;
import org.renkei.patient.TeamRole;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@RenkeiTest
class MessagesIntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired ConversationService conversations;
    @Autowired MessageService messages;
    @Autowired CareTeamService teams;
    @Autowired ConsentService consents;
    @Autowired AuditTrailService audit;
    @Autowired NoticeService notices;
    @Autowired JdbcTemplate jdbc;

    private Fixtures.Team team() {
        return fixtures.team();
    }

    @Test
    void theRoomFollowsTheTeam() {
        Fixtures.Team t = team();
        Assertions.assertThatThrownBy(() -> messages.post(t.outsider(), t.room().id(), NewMessage.of("o", "x")))
                .isInstanceOf(AccessRefusedException.class);
        Assertions.assertThatThrownBy(() -> messages.after(t.outsider(), t.room().id(), 0, 10))
                .isInstanceOf(AccessRefusedException.class);

        teams.addMember(t.nurse(), t.patient(), t.outsider().memberId(), TeamRole.PHARMACIST);
        messages.post(t.outsider(), t.room().id(), NewMessage.of("o2", "処方を変更しました"));
        assertThat(conversations.mine(t.outsider(), 50)).extracting(ConversationSummary::id).contains(t.room().id());

        var place = teams.team(t.nurse(), t.patient()).stream().filter(e -> Objects.equals(e.memberId(), t.outsider().memberId()))
                .findFirst().orElseThrow();
        messages.post(t.outsider(), t.room().id(), NewMessage.of("o3", "二度目の投稿"));
        teams.remove(t.nurse(), t.patient(), place.id());
        // the right to post was remembered after the first posts: leaving the team ends it at once
        Assertions.assertThatThrownBy(() -> messages.post(t.outsider(), t.room().id(), NewMessage.of("o4", "離脱後")))
                .isInstanceOf(AccessRefusedException.class);
        Assertions.assertThatThrownBy(() -> messages.after(t.outsider(), t.room().id(), 0, 10))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(conversations.mine(t.outsider(), 50)).extracting(ConversationSummary::id).doesNotContain(t.room().id());
    }

    @Test
    void afterConsentIsWithdrawnNothingNewIsPosted() {
        Fixtures.Team t = team();
        messages.post(t.doctor(), t.room().id(), NewMessage.of("before", "撤回前"));
        consents.withdraw(t.nurse(), t.patient(), "本人の希望");
        Assertions.assertThatThrownBy(() -> messages.post(t.nurse(), t.room().id(), NewMessage.of("after", "撤回後")))
                .isInstanceOf(AccessRefusedException.class);
        // the doctor posted before: what was remembered of that does not outlive the withdrawal
        Assertions.assertThatThrownBy(() -> messages.post(t.doctor(), t.room().id(), NewMessage.of("after2", "撤回後")))
                .isInstanceOf(AccessRefusedException.class);
        Assertions.assertThatThrownBy(() -> messages.after(t.doctor(), t.room().id(), 0, 10))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(messages.after(t.nurse(), t.room().id(), 0, 10)).hasSize(1);
    }

    @Test
    void editsAndDeletionsKeepTheOriginalForTheAuthorAndTheLogPointsAtIt() {
        Fixtures.Team t = team();
        ChatMessage m = messages.post(t.doctor(), t.room().id(), NewMessage.of("e", "暴言を含む元の文")).message();
        Assertions.assertThatThrownBy(() -> messages.edit(t.nurse(), m.id(), "他人が編集"))
                .isInstanceOf(AccessRefusedException.class);

        messages.edit(t.doctor(), m.id(), "修正後の文");
        ChatMessage seen = messages.after(t.nurse(), t.room().id(), 0, 10).getFirst();
        assertThat(seen.body()).isEqualTo("修正後の文");
        assertThat(seen.editedAt()).isNotNull();
        messages.delete(t.doctor(), m.id());
        ChatMessage gone = messages.after(t.nurse(), t.room().id(), 0, 10).getFirst();
        assertThat(gone.deleted()).isTrue();
        assertThat(gone.body()).isEmpty();

        assertThat(messages.revisions(t.doctor(), m.id())).extracting(Revision::body).containsExactly("暴言を含む元の文", "修正後の文");
        Assertions.assertThatThrownBy(() -> messages.revisions(t.nurse(), m.id()))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(audit.search(t.area().admin(), new AuditFilter(null, null, "message.", null, null,
                t.doctor().memberId(), null, t.patient()), 0, 20)).extracting(AuditRecord::detail)
                // the log points at the revision that keeps the original, and never quotes it (attack run, H3)
                .anyMatch(d -> d != null && d.contains("revision"))
                .noneMatch(d -> d != null && d.contains("暴言を含む元の文"));
    }

    @Test
    void theAuthorSeesWhoConfirmedAndUrgentPostsRemindWhoHasNot() throws Exception {
        Fixtures.Team t = team();
        teams.addMember(t.nurse(), t.patient(), t.outsider().memberId(), TeamRole.PHARMACIST);
        ChatMessage urgent = messages.post(t.nurse(), t.room().id(), new NewMessage("u", "至急: 発熱38.5℃", Importance.URGENT, null))
                .message();
        messages.ack(t.doctor(), urgent.id());
        messages.ack(t.doctor(), urgent.id());

        AckStatus status = messages.ackStatus(t.nurse(), urgent.id());
        assertThat(status.confirmed()).extracting(AckStatus.Confirmed::memberId).containsExactly(t.doctor().memberId());
        assertThat(status.pending()).containsExactly(t.outsider().name());

        jdbc.update("UPDATE message SET created_at = created_at - INTERVAL 10 MINUTE WHERE id = ?", urgent.id());
        messages.remindUrgent();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(notices.newest(t.outsider(), 10)).extracting(Notice::messageKey)
                    .contains("notice.urgent", "notice.urgent-reminder");
            assertThat(notices.newest(t.doctor(), 10)).extracting(Notice::messageKey)
                    .contains("notice.urgent").doesNotContain("notice.urgent-reminder");
        });
        messages.remindUrgent();
        assertThat(jdbc.queryForObject("SELECT last_reminded_at IS NOT NULL FROM message WHERE id = ?", Boolean.class, urgent.id())).isTrue();
    }

    @Test
    void anUrgentAnnouncementOfThePortalTellsTheTeamAsAnUrgentPostDoes() {
        Fixtures.Team t = team();
        messages.announce(t.nurse(), t.patient(), "announce-urgent", "後方支援病床: 本日の受入を依頼しました", Importance.URGENT);
        messages.announce(t.nurse(), t.patient(), "announce-normal", "入院時情報提供書を送りました");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(notices.newest(t.doctor(), 10)).extracting(Notice::messageKey).containsOnlyOnce("notice.urgent"));
        assertThat(notices.newest(t.nurse(), 10)).extracting(Notice::messageKey).as("not the one who caused it")
                .doesNotContain("notice.urgent");
    }

    @Test
    void aMentionNotifiesTheMemberNamed() {
        Fixtures.Team t = team();
        messages.post(t.nurse(), t.room().id(), NewMessage.of("m", "@" + t.doctor().name() + " 先生、ご確認ください"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(notices.newest(t.doctor(), 10)).extracting(Notice::messageKey).contains("notice.mention"));
    }

    @Test
    void attachmentsAreCheckedByContentAndOnlyTheRoomMayFetchThem() {
        Fixtures.Team t = team();
        Assertions.assertThatThrownBy(() -> messages.attach(t.nurse(), t.room().id(), "photo.jpg", "MZ...".getBytes()))
                .isInstanceOf(InvalidInputException.class);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        AttachmentInfo a = messages.attach(t.nurse(), t.room().id(), "褥瘡.png", png);
        assertThat(a.contentType()).isEqualTo("image/png");
        ChatMessage m = messages.post(t.nurse(), t.room().id(), new NewMessage("a", "", Importance.NORMAL, a.id())).message();
        assertThat(m.attachment()).isNotNull();
        assertThat(messages.attachment(t.doctor(), a.id()).content()).isEqualTo(png);
        Assertions.assertThatThrownBy(() -> messages.attachment(t.outsider(), a.id()))
                .isInstanceOf(AccessRefusedException.class);
        Assertions.assertThatThrownBy(() -> messages.post(t.doctor(), t.room().id(),
                new NewMessage("steal", "", Importance.NORMAL, a.id()))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void groupsAndDirectMessagesAreForTheirMembersOnly() {
        Fixtures.Team t = team();
        Conversation group = conversations.group(t.nurse(), "連絡会", List.of(t.doctor().memberId()));
        messages.post(t.doctor(), group.id(), NewMessage.of("g", "参加します"));
        Assertions.assertThatThrownBy(() -> messages.post(t.outsider(), group.id(), NewMessage.of("g2", "x")))
                .isInstanceOf(AccessRefusedException.class);
        conversations.addMembers(t.nurse(), group.id(), List.of(t.outsider().memberId()));
        assertThat(messages.after(t.outsider(), group.id(), 0, 10)).hasSize(1);
        messages.post(t.outsider(), group.id(), NewMessage.of("g3", "よろしくお願いします"));
        conversations.leave(t.outsider(), group.id());
        Assertions.assertThatThrownBy(() -> messages.post(t.outsider(), group.id(), NewMessage.of("g4", "退出後")))
                .isInstanceOf(AccessRefusedException.class);

        Conversation direct = conversations.direct(t.nurse(), t.doctor().memberId());
        assertThat(conversations.direct(t.doctor(), t.nurse().memberId()).id()).isEqualTo(direct.id());
        Assertions.assertThatThrownBy(() -> messages.after(t.outsider(), direct.id(), 0, 10))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(conversations.mine(t.doctor(), 50)).extracting(ConversationSummary::title).contains("連絡会", t.nurse().name());
    }

    @Test
    void twoSendsOfTheSameClientIdAtOnceStoreOneMessage() throws Exception {
        Actor nurse = fixtures.actor(fixtures.member(fixtures.facility(fixtures.area(), FacilityType.VISITING_NURSE_STATION),
                Profession.NURSE).id());
        Conversation room = conversations.patientRoom(nurse, fixtures.patient(nurse));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Callable<Posted> send = () -> messages.post(nurse, room.id(), NewMessage.of("same", "同時送信"));
        List<Future<Posted>> results = pool.invokeAll(List.of(send, send, send, send));
        pool.shutdown();
        List<Posted> posted = results.stream().map(f -> {
            try {
                return f.get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertThat(posted).extracting(p -> p.message().seq()).containsOnly(1L);
        assertThat(posted).filteredOn(Posted::duplicate).hasSize(3);
    }

    @Test
    void aLaterRetryIsTheStoredMessageAndLeavesNoGapAndAClientIdIsNotReusedElsewhere() {
        Fixtures.Team t = team();
        Posted first = messages.post(t.nurse(), t.room().id(), NewMessage.of("retry-1", "訪問しました"));
        Posted again = messages.post(t.nurse(), t.room().id(), NewMessage.of("retry-1", "訪問しました"));
        assertThat(again.duplicate()).isTrue();
        assertThat(again.message().id()).isEqualTo(first.message().id());
        Posted next = messages.post(t.nurse(), t.room().id(), NewMessage.of("retry-2", "次の投稿"));
        // the retry's number was rolled back with it: the next message follows the first
        assertThat(next.message().seq()).isEqualTo(first.message().seq() + 1);
        assertThat(messages.after(t.nurse(), t.room().id(), 0, 10)).extracting(ChatMessage::clientId)
                .containsExactly("retry-1", "retry-2");

        Conversation group = conversations.group(t.nurse(), "別の部屋", List.of(t.doctor().memberId()));
        Assertions.assertThatThrownBy(() -> messages.post(t.nurse(), group.id(), NewMessage.of("retry-1", "x")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(messages.after(t.nurse(), group.id(), 0, 10)).isEmpty();
    }
}
