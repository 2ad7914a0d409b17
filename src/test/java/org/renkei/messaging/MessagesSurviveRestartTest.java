package org.renkei.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiApplication;
import org.renkei.StompMember;
import org.renkei.TestMail;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.TeamRole;
import org.renkei.security.Accounts;
import org.renkei.security.Actor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A message is acknowledged (the sender's receipt) only once it is committed: stop the portal, start it
 * again on the same database, and every acknowledged message is there, in order, once.
 */
class MessagesSurviveRestartTest {

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RenkeiApplication.class).profiles("dev", "test")
                .initializers(new TestMail.Initializer()).properties("server.port=0").run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void acknowledgedMessagesAreThereAfterARestart() throws Exception {
        ConfigurableApplicationContext first = start();
        Fixtures fixtures = first.getBean(Fixtures.class);
        var area = fixtures.area();
        Actor nurse = fixtures.actor(fixtures.member(fixtures.facility(area, FacilityType.VISITING_NURSE_STATION), Profession.NURSE).id());
        Actor doctor = fixtures.actor(fixtures.member(fixtures.facility(area, FacilityType.CLINIC), Profession.PHYSICIAN).id());
        long patient = fixtures.patient(nurse);
        first.getBean(CareTeamService.class).addMember(nurse, patient, doctor.memberId(), TeamRole.PRIMARY_PHYSICIAN);
        long room = first.getBean(ConversationService.class).patientRoom(nurse, patient).id();

        StompMember.Connection sender = StompMember.login(first.getBean(Accounts.class), nurse, port(first)).connect();
        BlockingQueue<JsonNode> receipts = sender.subscribeConfirmed("/user/queue/acks");
        for (int i = 1; i <= 30; i++) {
            sender.send("/app/conversations." + room + ".send", Map.of("clientId", "restart-" + i, "body", "再起動前 " + i,
                    "importance", "NORMAL"));
        }
        List<Long> acknowledged = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            acknowledged.add(StompMember.next(receipts).get("seq").asLong());
        }
        first.close();

        ConfigurableApplicationContext second = start();
        try {
            StompMember.Connection reader = StompMember.login(second.getBean(Accounts.class), doctor, port(second)).connect();
            JsonNode history = StompMember.next(reader.subscribe("/app/conversations." + room + ".after.0"));
            List<Long> seqs = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            history.forEach(m -> {
                seqs.add(m.get("seq").asLong());
                bodies.add(m.get("body").asString());
            });
            assertThat(seqs).containsExactlyInAnyOrderElementsOf(acknowledged);
            assertThat(seqs).doesNotHaveDuplicates().isSorted();
            assertThat(bodies).hasSize(30).allMatch(b -> b.startsWith("再起動前 "));
            reader.disconnect();
        } finally {
            second.close();
        }
    }
}
