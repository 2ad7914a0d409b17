package org.renkei.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.renkei.ApiHttp;
import org.renkei.Fixtures;
import org.renkei.RenkeiApplication;
import org.renkei.StompMember;
import org.renkei.directory.ApiClientService;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberService;
import org.renkei.directory.Profession;
import org.renkei.patient.PatientService;
import org.renkei.security.Accounts;
import org.renkei.security.Actor;
import org.renkei.security.ApiScope;
import org.renkei.security.MemberAccounts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Two portal nodes in cluster mode, sharing one database and one RabbitMQ (its STOMP plugin on
 * 127.0.0.1:61613, which {@code .ci/run} installs from Debian's packages and starts): a message posted on
 * node A reaches a STOMP client and an open page on node B within a second; a client of node A that
 * reconnects to node B after A stops catches up on what it missed, without gaps or duplicates.
 * Skipped, saying so, where no RabbitMQ runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIntegrationTest {

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void twoNodes() {
        Assumptions.assumeTrue(reachable("127.0.0.1", 61613),
                "RabbitMQ with the STOMP plugin is not running on 127.0.0.1:61613 (.ci/run starts it)");
        nodeA = node("A");
        nodeB = node("B");
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (c != null && c.isActive()) {
                c.close();
            }
        }
    }

    static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(RenkeiApplication.class).profiles("dev", "test", "cluster").properties(Map.of(
                "server.port", "0",
                "renkei.node-id", "node-" + name,
                "renkei.stomp.relay.enabled", "true",
                "renkei.stomp.relay.host", "127.0.0.1",
                "spring.main.banner-mode", "off",
                "vaadin.devmode.devTools.enabled", "false")).run();
    }

    static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    /**
     * Node A is lost (it crashes, or the balancer takes it out): the browser's next request reaches node B, which never
     * saw the member's session. The signed login cookie lets B resume the login, page and STOMP alike, without the
     * password or the code; a member suspended meanwhile is refused there, and both are in the access log.
     */
    @Test
    @Order(1)
    void aMemberWhoseNodeIsLostGoesOnOnTheOtherWithoutLoggingInAgainUnlessSuspendedMeanwhile() throws Exception {
        Fixtures fixtures = nodeA.getBean(Fixtures.class);
        Accounts accounts = nodeA.getBean(Accounts.class);
        Fixtures.Area area = fixtures.area();
        Fixtures.Place place = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        StompMember stays = StompMember.login(accounts, fixtures.actor(fixtures.member(place, Profession.NURSE).id()), port(nodeA));
        StompMember suspended = StompMember.login(accounts, fixtures.actor(fixtures.member(place, Profession.NURSE).id()),
                port(nodeA));
        assertThat(page(port(nodeA), stays.cookies())).as("logged in on node A").isEqualTo(200);
        assertThat(page(port(nodeB), stays.cookie())).as("node B does not know the session id alone").isEqualTo(302);

        assertThat(page(port(nodeB), stays.cookies())).as("node B resumes the login from the cookie").isEqualTo(200);
        StompMember.Connection live = stays.on(port(nodeB)).connect();
        assertThat(live.session.isConnected()).isTrue();
        live.disconnect();

        nodeB.getBean(MemberService.class).suspend(area.admin(), suspended.actor().memberId(), "退職");
        assertThat(page(port(nodeB), suspended.cookies())).as("suspended: sent to the login page").isEqualTo(302);
        assertThatThrownBy(() -> suspended.on(port(nodeB)).connect()).as("suspended: STOMP refused")
                .isInstanceOf(ExecutionException.class);
        JdbcTemplate jdbc = nodeB.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE target_id = ? AND action LIKE 'login.resum%'",
                String.class, stays.actor().memberId())).contains("login.resumed");
        assertThat(jdbc.queryForList("SELECT detail FROM audit_event WHERE target_id = ? AND action = 'login.resume-refused'",
                String.class, suspended.actor().memberId())).contains("SUSPENDED");
    }

    /** The status of the portal's first page with these cookies (302: off to the login page). */
    private static int page(int port, String cookies) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    @Order(2)
    void aMessagePostedOnNodeAReachesNodeBAndAClientOfAStoppedNodeCatchesUpOnB() throws Exception {
        MemberAccounts accounts = nodeA.getBean(MemberAccounts.class);
        Actor yamada = accounts.findByLoginId("dr-yamada").orElseThrow().actor();
        Actor office = accounts.findByLoginId("sakura-office").orElseThrow().actor();
        long patient = nodeA.getBean(PatientService.class).myPatients(yamada, "鈴木 トメ", 0, 1).getFirst().id();
        long room = nodeA.getBean(ConversationService.class).patientRoom(yamada, patient).id();
        var client = nodeB.getBean(ApiClientService.class).register(office, yamada.facilityId(), "cluster test",
                EnumSet.of(ApiScope.MESSAGES_READ), null, null);
        String token = new ApiHttp(port(nodeB)).token(client.clientId(), client.secret(), null);
        // a token from node B works on node A: one signing key for the cluster
        assertThat(new ApiHttp(port(nodeA)).get("/api/conversations", token).status()).isEqualTo(200);

        StompMember.Connection onB = StompMember.withToken(token, port(nodeB)).connect();
        BlockingQueue<JsonNode> seenOnB = onB.subscribeConfirmed("/topic/conversations." + room);
        StompMember.Connection onA = StompMember.withToken(token, port(nodeA)).connect();
        BlockingQueue<JsonNode> seenOnA = onA.subscribeConfirmed("/topic/conversations." + room);
        BlockingQueue<ConversationEvent> pageOnB = new LinkedBlockingQueue<>();
        Runnable stopListening = nodeB.getBean(LiveFeed.class).listen(room, pageOnB::add);

        MessageService postOnA = nodeA.getBean(MessageService.class);
        long started = System.nanoTime();
        postOnA.post(yamada, room, new NewMessage("cluster-1", "ノードAからの投稿", Importance.NORMAL, null));
        JsonNode delivered = seenOnB.poll(5, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(delivered).as("delivered to node B").isNotNull();
        assertThat(delivered.toString()).contains("ノードAからの投稿");
        // how fast is the benchmark's to say (docs/benchmarks.md), not a test's
        System.out.println("cluster: posted on node A, received on node B after " + millis + " ms");
        ConversationEvent onPage = pageOnB.poll(5, TimeUnit.SECONDS);
        assertThat(onPage).as("delivered to a page open on node B").isNotNull();
        assertThat(onPage.message().body()).isEqualTo("ノードAからの投稿");
        stopListening.run();

        // the client of node A reads along, then node A stops
        long lastSeen = StompMember.next(seenOnA).get("seq").asLong();
        nodeA.close();
        MessageService postOnB = nodeB.getBean(MessageService.class);
        for (int i = 2; i <= 4; i++) {
            postOnB.post(yamada, room, new NewMessage("cluster-" + i, "ノードA停止中の投稿 " + i, Importance.NORMAL, null));
        }
        // it reconnects to node B and asks for what came after the last message it saw
        StompMember.Connection again = StompMember.withToken(token, port(nodeB)).connect();
        BlockingQueue<JsonNode> live = again.subscribeConfirmed("/topic/conversations." + room);
        JsonNode gap = StompMember.next(again.subscribe("/app/conversations." + room + ".after." + lastSeen));
        List<Long> seqs = new ArrayList<>();
        gap.forEach(m -> seqs.add(m.get("seq").asLong()));
        assertThat(seqs).containsExactly(lastSeen + 1, lastSeen + 2, lastSeen + 3);
        postOnB.post(yamada, room, new NewMessage("cluster-5", "再接続後の投稿", Importance.NORMAL, null));
        assertThat(StompMember.next(live).get("seq").asLong()).isEqualTo(lastSeen + 4);
        again.disconnect();
        onB.disconnect();
    }

    private static boolean reachable(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
