package org.renkei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.RenkeiTest;
import org.renkei.directory.ApiClientService;
import org.renkei.handoff.HandoffWorld;
import org.renkei.handoff.HandoffWorld.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Abuse limits: too many requests get 429 with Retry-After; too large a body gets 413 before anything else. */
@RenkeiTest
class ApiLimitsIntegrationTest {

    @LocalServerPort int port;
    @Value("${renkei.api.burst}") int burst;
    @Value("${renkei.api.requests-per-minute}") int requestsPerMinute;
    @Autowired HandoffWorld worlds;
    @Autowired ApiClientService clients;

    @Test
    void aClientThatSendsTooManyRequestsGets429WithRetryAfterAndOthersAreNotHeldBack() {
        World w = worlds.create();
        var greedy = clients.register(w.admin(), w.hospital(), "greedy", EnumSet.of(ApiScope.DIRECTORY_READ), null, null);
        var other = clients.register(w.admin(), w.hospital(), "other", EnumSet.of(ApiScope.DIRECTORY_READ), null, null);
        ApiHttp api = new ApiHttp(port);
        String token = api.token(greedy.clientId(), greedy.secret(), null);
        String otherToken = api.token(other.clientId(), other.secret(), null);
        int ok = 0;
        ApiHttp.Response refused = null;
        long started = System.nanoTime();
        for (int i = 0; i < burst + 20 && refused == null; i++) {
            ApiHttp.Response r = api.get("/api/facilities?limit=1", token);
            if (r.status() == 200) {
                ok++;
            } else {
                refused = r;
            }
        }
        assertThat(refused).as("refused after the burst").isNotNull();
        ApiHttp.assertProblem(refused, 429, "too-many-requests");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        // the burst, plus what the bucket refilled (requests per minute) while the loop ran
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(ok).isBetween(burst - 2, burst + (int) Math.ceil(seconds * requestsPerMinute / 60.0) + 1);
        assertThat(api.get("/api/facilities?limit=1", otherToken).status()).isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimitIs413BeforeAuthenticationEvenWithoutAContentLength() {
        ApiHttp api = new ApiHttp(port);
        String big = "x".repeat(3 * 1024 * 1024);
        // no token at all: the size is refused first, so no work (not even token checking) is done
        ApiHttp.assertProblem(api.post("/api/handoffs/discharge", null, big), 413, "body-too-large");
        // sent in chunks without Content-Length
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/handoffs/discharge"))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))).build();
        ApiHttp.assertProblem(api.send(chunked), 413, "body-too-large");
        // a small body without a token is the usual 401
        ApiHttp.assertProblem(api.post("/api/handoffs/discharge", null, "{}"), 401, "token-required");
    }
}
