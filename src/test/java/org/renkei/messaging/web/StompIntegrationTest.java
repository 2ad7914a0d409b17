package org.renkei.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.StompMember;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.messaging.Conversation;
import org.renkei.messaging.ConversationService;
import org.renkei.messaging.MessageService;
import org.renkei.messaging.NewMessage;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.TeamEntry;
import org.renkei.patient.TeamRole;
import org.renkei.security.Accounts;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Real STOMP clients over a real WebSocket, logged in as members through the browser session. */
@RenkeiTest
class StompIntegrationTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Accounts accounts;
    @Autowired CareTeamService teams;
    @Autowired ConversationService conversations;
    @Autowired MessageService messages;
    @Autowired JdbcTemplate jdbc;

    record Room(Conversation room, StompMember nurse, StompMember doctor, StompMember outsider, long patient) {}

    private Room room() throws Exception {
        Area area = fixtures.area();
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Place clinic = fixtures.facility(area, FacilityType.CLINIC);
        Actor nurse = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        Actor doctor = fixtures.actor(fixtures.member(clinic, Profession.PHYSICIAN).id());
        Actor outsider = fixtures.actor(fixtures.member(fixtures.facility(area, FacilityType.PHARMACY), Profession.PHARMACIST).id());
        long patient = fixtures.patient(nurse);
        teams.addMember(nurse, patient, doctor.memberId(), TeamRole.PRIMARY_PHYSICIAN);
        Conversation room = conversations.patientRoom(nurse, patient);
        return new Room(room, StompMember.login(accounts, nurse, port), StompMember.login(accounts, doctor, port),
                StompMember.login(accounts, outsider, port), patient);
    }

    private static Map<String, Object> message(String clientId, String body) {
        return Map.of("clientId", clientId, "body", body, "importance", "NORMAL");
    }

    @Test
    void twoMembersExchangeMessagesAndTheSenderGetsAReceipt() throws Exception {
        Room r = room();
        StompMember.Connection nurse = r.nurse().connect();
        StompMember.Connection doctor = r.doctor().connect();
        BlockingQueue<JsonNode> doctorSees = doctor.subscribeConfirmed(topic(r));
        BlockingQueue<JsonNode> nurseSees = nurse.subscribeConfirmed(topic(r));
        BlockingQueue<JsonNode> receipts = nurse.subscribeConfirmed("/user/queue/acks");

        nurse.send("/app/conversations." + r.room().id() + ".send", message("n-1", "本日の訪問で血圧 150/90"));

        JsonNode event = StompMember.next(doctorSees);
        assertThat(event.get("type").asString()).isEqualTo("message");
        assertThat(event.get("message").get("body").asString()).isEqualTo("本日の訪問で血圧 150/90");
        assertThat(event.get("message").get("authorId").asLong()).isEqualTo(r.nurse().actor().memberId());
        assertThat(StompMember.next(nurseSees).get("seq").asLong()).isEqualTo(event.get("seq").asLong());
        JsonNode receipt = StompMember.next(receipts);
        assertThat(receipt.get("clientId").asString()).isEqualTo("n-1");
        assertThat(receipt.get("duplicate").asBoolean()).isFalse();

        doctor.send("/app/conversations." + r.room().id() + ".send", message("d-1", "明日往診します"));
        assertThat(StompMember.next(nurseSees).get("message").get("body").asString()).isEqualTo("明日往診します");
        nurse.disconnect();
        doctor.disconnect();
    }

    @Test
    void aNonMembersSubscribeAndSendAreRefusedAndStoreNothing() throws Exception {
        Room r = room();
        StompMember.Connection outsider = r.outsider().connect();
        BlockingQueue<JsonNode> sees = outsider.subscribe(topic(r));
        assertThat(outsider.errors.poll(10, TimeUnit.SECONDS)).contains("not a member");
        assertThat(outsider.closed.get(10, TimeUnit.SECONDS)).isNotNull();

        StompMember.Connection again = r.outsider().connect();
        again.send("/app/conversations." + r.room().id() + ".send", message("o-1", "見えますか"));
        assertThat(again.errors.poll(10, TimeUnit.SECONDS)).contains("not a member");

        StompMember.Connection nurse = r.nurse().connect();
        nurse.subscribeConfirmed(topic(r));
        messages.post(r.nurse().actor(), r.room().id(), NewMessage.of("n-private", "チーム内の連絡"));
        assertThat(sees.poll(1, TimeUnit.SECONDS)).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM message WHERE conversation_id = ? AND author_id = ?", Integer.class,
                r.room().id(), r.outsider().actor().memberId())).isZero();
        nurse.disconnect();
    }

    @Test
    void aClientThatWasAwayCatchesUpWithExactlyTheGap() throws Exception {
        Room r = room();
        messages.post(r.nurse().actor(), r.room().id(), NewMessage.of("before", "接続前の投稿"));
        StompMember.Connection doctor = r.doctor().connect();
        BlockingQueue<JsonNode> live = doctor.subscribeConfirmed(topic(r));
        messages.post(r.nurse().actor(), r.room().id(), NewMessage.of("seen", "見た投稿"));
        long lastSeen = StompMember.next(live).get("seq").asLong();
        doctor.disconnect();

        for (int i = 1; i <= 100; i++) {
            messages.post(r.nurse().actor(), r.room().id(), NewMessage.of("away-" + i, "不在中の投稿 " + i));
        }

        StompMember.Connection back = r.doctor().connect();
        BlockingQueue<JsonNode> liveAgain = back.subscribe(topic(r));
        BlockingQueue<JsonNode> history = back.subscribe("/app/conversations." + r.room().id() + ".after." + lastSeen);
        JsonNode gap = StompMember.next(history);
        Set<Long> seqs = new HashSet<>();
        for (JsonNode m : gap) {
            assertThat(seqs.add(m.get("seq").asLong())).as("seq %s twice", m.get("seq")).isTrue();
        }
        assertThat(gap.size()).isEqualTo(100);
        assertThat(seqs).allMatch(s -> s > lastSeen && s <= lastSeen + 100);
        assertThat(gap.get(0).get("body").asString()).isEqualTo("不在中の投稿 1");
        assertThat(gap.get(99).get("body").asString()).isEqualTo("不在中の投稿 100");
        assertThat(liveAgain.poll(500, TimeUnit.MILLISECONDS)).isNull();
        back.disconnect();
    }

    @Test
    void aRetriedSendWithTheSameClientIdIsStoredOnce() throws Exception {
        Room r = room();
        StompMember.Connection nurse = r.nurse().connect();
        BlockingQueue<JsonNode> receipts = nurse.subscribeConfirmed("/user/queue/acks");

        nurse.send("/app/conversations." + r.room().id() + ".send", message("retry-1", "再送されるかもしれない投稿"));
        nurse.send("/app/conversations." + r.room().id() + ".send", message("retry-1", "再送されるかもしれない投稿"));

        JsonNode first = StompMember.next(receipts);
        JsonNode second = StompMember.next(receipts);
        assertThat(second.get("seq").asLong()).isEqualTo(first.get("seq").asLong());
        assertThat(second.get("messageId").asLong()).isEqualTo(first.get("messageId").asLong());
        assertThat(List.of(first.get("duplicate").asBoolean(), second.get("duplicate").asBoolean())).containsExactlyInAnyOrder(false, true);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM message WHERE author_id = ? AND client_id = 'retry-1'", Integer.class,
                r.nurse().actor().memberId())).isEqualTo(1);
        nurse.disconnect();
    }

    @Test
    void aMemberRemovedFromTheTeamIsDisconnectedAndCannotSubscribeAgain() throws Exception {
        Room r = room();
        StompMember.Connection doctor = r.doctor().connect();
        doctor.subscribeConfirmed(topic(r));
        TeamEntry place = teams.team(r.nurse().actor(), r.patient()).stream()
                .filter(e -> e.memberId() != null && e.memberId() == r.doctor().actor().memberId()).findFirst().orElseThrow();

        teams.remove(r.nurse().actor(), r.patient(), place.id());

        assertThat(doctor.closed.get(10, TimeUnit.SECONDS)).isNotNull();
        StompMember.Connection again = r.doctor().connect();
        again.subscribe(topic(r));
        assertThat(again.errors.poll(10, TimeUnit.SECONDS)).contains("not a member");
    }

    private static String topic(Room r) {
        return "/topic/conversations." + r.room().id();
    }
}
