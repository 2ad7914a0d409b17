package org.renkei.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.renkei.RenkeiTest;
import org.renkei.directory.ApiClientService;
import org.renkei.handoff.HandoffWorld;
import org.renkei.handoff.HandoffWorld.World;
import org.renkei.security.ApiScope;
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
        // all at once: faster than the bucket refills
        java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<Void>>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < burst * 3; i++) {
            sent.add(stranger.sendAsync(guess, HttpResponse.BodyHandlers.discarding()));
        }
        long refused = sent.stream().map(java.util.concurrent.CompletableFuture::join).filter(r -> r.statusCode() == 429).count();
        assertThat(refused).as("the stranger's own address is throttled").isPositive();

        // the hospital, from its own address, still gets its token
        ApiHttp.Response token = new ApiHttp(port).tokenResponse(hospital.clientId(), hospital.secret(), null);
        assertThat(token.status()).isEqualTo(200);
    }
}
