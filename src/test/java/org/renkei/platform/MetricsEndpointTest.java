package org.renkei.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.StompMember;
import org.renkei.messaging.Conversation;
import org.renkei.security.Accounts;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What an operator watches: Prometheus metrics on the management port, not on the public one, with the portal's own
 * figures moving as members log in, connect and post.
 */
@RenkeiTest
class MetricsEndpointTest {

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired Fixtures fixtures;
    @Autowired Accounts accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int p, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(scrape);
        double sum = 0;
        boolean found = false;
        while (m.find()) {
            sum += Double.parseDouble(m.group(2));
            found = true;
        }
        assertThat(found).as(series + " in the scrape").isTrue();
        return sum;
    }

    @Test
    void theManagementPortServesPrometheusMetricsThatFollowWhatMembersDo() throws Exception {
        String before = get(managementPort, "/actuator/prometheus").body();
        double storedBefore = value(before, "renkei_messages_stored_total");
        double loginsBefore = value(before, "renkei_logins_total");
        double connectedBefore = value(before, "renkei_stomp_connected");
        double handledBefore = value(before, "renkei_stomp_inbound_handling_seconds_count");

        Fixtures.Team team = fixtures.team();
        Actor nurse = team.nurse();
        Actor doctor = team.doctor();
        Conversation room = team.room();
        StompMember.Connection n = StompMember.login(accounts, nurse, port).connect();
        StompMember.Connection d = StompMember.login(accounts, doctor, port).connect();
        BlockingQueue<JsonNode> doctorSees = d.subscribeConfirmed("/topic/conversations." + room.id());
        n.send("/app/conversations." + room.id() + ".send", Map.of("clientId", "m-1", "body", "測定", "importance", "NORMAL"));
        assertThat(StompMember.next(doctorSees).get("type").asString()).isEqualTo("message");

        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        String s = scrape.body();
        assertThat(value(s, "renkei_messages_stored_total")).isEqualTo(storedBefore + 1);
        assertThat(value(s, "renkei_logins_total")).isGreaterThanOrEqualTo(loginsBefore + 2);
        assertThat(s).contains("renkei_logins_total{outcome=\"succeeded\"");
        assertThat(value(s, "renkei_stomp_connected")).isGreaterThanOrEqualTo(2);
        assertThat(value(s, "renkei_message_delivery_seconds_count")).isGreaterThanOrEqualTo(1);
        assertThat(s).contains("renkei_message_delivery_seconds_bucket{");
        value(s, "renkei_stomp_inbound_queue");
        // every client frame is timed in the inbound queue and on its thread: CONNECT, SUBSCRIBE and SEND at least
        assertThat(value(s, "renkei_stomp_inbound_handling_seconds_count")).isGreaterThanOrEqualTo(handledBefore + 5);
        assertThat(value(s, "renkei_stomp_inbound_wait_seconds_count")).isGreaterThanOrEqualTo(handledBefore + 5);
        assertThat(s).contains("renkei_stomp_inbound_wait_seconds_bucket{");
        value(s, "renkei_stomp_busy_total");
        value(s, "renkei_audit_unsealed");
        value(s, "renkei_mail_waiting");
        value(s, "hikaricp_connections_active");
        n.disconnect();
        d.disconnect();
        // gone before the next test class counts the node's connections (this context is shared)
        await().atMost(Duration.ofSeconds(10)).until(() -> value(get(managementPort, "/actuator/prometheus").body(),
                "renkei_stomp_connected") <= connectedBefore);

        // the public port serves the portal, its probes for load balancers, and no metrics
        HttpResponse<String> publicScrape = get(port, "/actuator/prometheus");
        assertThat(publicScrape.body()).doesNotContain("renkei_messages_stored_total").doesNotContain("jvm_memory");
        assertThat(publicScrape.headers().firstValue("Content-Type").orElse("")).doesNotContain("text/plain")
                .doesNotContain("openmetrics");
        assertThat(get(port, "/readyz").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
    }
}
