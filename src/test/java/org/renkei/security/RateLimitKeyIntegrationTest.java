package org.renkei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.RenkeiTest;
import org.renkei.directory.ApiClientService;
import org.renkei.handoff.HandoffWorld;
import org.renkei.handoff.HandoffWorld.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request that has not authenticated is rate-limited by its address, never by a client id it names: a stranger
 * who sends requests with a hospital's client id in a Basic header spends only their own allowance. (Attack run, H11.)
 */
@RenkeiTest
class RateLimitKeyIntegrationTest {

    @LocalServerPort int port;
    @Autowired HandoffWorld worlds;
    @Autowired ApiClientService clients;
    @Value("${renkei.api.burst}") int burst;

    @Test
    void aStrangerNamingAHospitalsClientCannotThrottleIt() throws Exception {
        World w = worlds.create();
        var hospital = clients.register(w.admin(), w.hospital(), "病院システム", EnumSet.of(ApiScope.PATIENTS_READ), null, null);
        // the stranger comes from another address of this machine
        HttpClient stranger = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.9")).build();
        String forged = "Basic " + Base64.getEncoder().encodeToString((hospital.clientId() + ":guessed-secret")
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest guess = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Authorization", forged).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        // eight workers keep sending for up to 15 s (at most 4,000 requests): faster than any bucket refills
        AtomicInteger refused = new AtomicInteger();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        ExecutorService flood = Executors.newFixedThreadPool(8);
        for (int worker = 0; worker < 8; worker++) {
            flood.submit(() -> {
                for (int n = 0; n < 500 && System.nanoTime() < until; n++) {
                    if (stranger.send(guess, HttpResponse.BodyHandlers.discarding()).statusCode() == 429) {
                        refused.incrementAndGet();
                    }
                }
                return null;
            });
        }
        // in the middle of the flood, the hospital asks for its token from its own address
        await().atMost(Duration.ofSeconds(12)).until(() -> refused.get() > 0);
        ApiHttp.Response token = new ApiHttp(port).tokenResponse(hospital.clientId(), hospital.secret(), null);
        flood.shutdownNow();
        flood.awaitTermination(10, TimeUnit.SECONDS);

        assertThat(refused.get()).as("the stranger's own address is throttled").isPositive();
        assertThat(token.status()).as("the hospital is not held back by requests that only name it").isEqualTo(200);
    }
}
