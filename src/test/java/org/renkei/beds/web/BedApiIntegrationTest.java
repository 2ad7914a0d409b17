package org.renkei.beds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.RenkeiTest;
import org.renkei.beds.BedRequestService;
import org.renkei.beds.BedWorld;
import org.renkei.beds.BedWorld.World;
import org.renkei.beds.RequestInfo;
import org.renkei.directory.ApiClientService;
import org.renkei.security.ApiScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A hospital's system sets its free beds, reads the requests sent to it and answers; a clinic's system reads the board
 * and drafts a request (the 主治医 confirms it in the portal); a hospital outside the programme is refused each; the
 * OpenAPI document lists the paths.
 */
@RenkeiTest
class BedApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired BedWorld worlds;
    @Autowired BedRequestService requests;
    @Autowired ApiClientService clients;

    private String token(World w, long facility) {
        var c = clients.register(w.area().admin(), facility, "病床システム", EnumSet.of(ApiScope.BEDS_READ, ApiScope.BEDS_WRITE), null, null);
        return new ApiHttp(port).token(c.clientId(), c.secret(), null);
    }

    @Test
    void theHospitalsSystemAnswersTheClinicsSystemRequestsAndAnOutsiderIsRefused() throws Exception {
        World w = worlds.create();
        ApiHttp api = new ApiHttp(port);
        String hospital = token(w, w.a().facilityId());
        String outside = token(w, w.c().facilityId());
        String clinic = token(w, w.doctor().facilityId());

        ApiHttp.Response set = put("/api/beds/hospitals/" + w.hospitalA() + "/availability", hospital, "{\"freeBeds\": 4}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("freeBeds").asInt()).isEqualTo(4);
        ApiHttp.assertProblem(put("/api/beds/hospitals/" + w.hospitalA() + "/availability", outside, "{\"freeBeds\": 0}"), 403,
                "beds.not-this-hospital");
        ApiHttp.Response board = api.get("/api/beds/availability", clinic);
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.json().toString()).contains("\"freeBeds\":4");

        ApiHttp.Response drafted = api.post("/api/beds/requests", clinic, ApiHttp.json(Map.of("patientId", w.patient(),
                "hospitalId", w.hospitalA(), "purpose", "PNEUMONIA", "urgency", "TODAY", "transport", "CARE_TAXI", "note", "発熱")));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        assertThat(drafted.json().get("status").asString()).as("a program drafts; the 主治医 confirms").isEqualTo("DRAFT");
        long id = drafted.json().get("id").asLong();
        ApiHttp.assertProblem(api.post("/api/beds/requests", outside, ApiHttp.json(Map.of("patientId", w.patient(),
                "hospitalId", w.hospitalA(), "purpose", "PNEUMONIA", "urgency", "TODAY", "transport", "FAMILY"))), 403,
                "patient.not-on-team");
        requests.withdraw(w.doctor(), id);

        RequestInfo sent = worlds.request(requests, w, w.hospitalA(), true);
        ApiHttp.Response incoming = api.get("/api/beds/requests", hospital);
        assertThat(incoming.json().toString()).contains("\"id\":" + sent.id());
        assertThat(api.get("/api/beds/requests", outside).json().size()).isZero();
        ApiHttp.assertProblem(api.get("/api/beds/requests/" + sent.id(), outside), 403, "patient.not-on-team");
        ApiHttp.assertProblem(api.post("/api/beds/requests/" + sent.id() + "/accept", outside,
                ApiHttp.json(Map.of("arriveBy", Instant.now().plus(Duration.ofHours(1)).toString()))), 403, "beds.not-your-request");
        for (String step : java.util.List.of("decline", "admit", "discharge")) {
            assertThat(api.post("/api/beds/requests/" + sent.id() + "/" + step, outside, step.equals("decline")
                    ? ApiHttp.json(Map.of("reason", "FULL")) : ApiHttp.json(Map.of("on", java.time.LocalDate.now().toString()))).status())
                    .as(step + " by a hospital outside the request").isEqualTo(403);
        }
        HttpResponse<byte[]> outsidePdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/beds/requests/" + sent.id() + "/referral.pdf")).header("Authorization", "Bearer " + outside).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(outsidePdf.statusCode()).as("no referral letter for a hospital outside the request").isEqualTo(403);
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/beds/requests/" + sent.id() + "/referral.pdf")).header("Authorization", "Bearer " + hospital).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        ApiHttp.assertProblem(api.post("/api/beds/requests/" + sent.id() + "/decline", hospital,
                ApiHttp.json(Map.of("reason", "OTHER"))), 400, "validation.NotBlank");
        ApiHttp.Response accepted = api.post("/api/beds/requests/" + sent.id() + "/accept", hospital,
                ApiHttp.json(Map.of("arriveBy", Instant.now().plus(Duration.ofHours(1)).toString())));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");

        String doc = api.get("/v3/api-docs", null).body();
        assertThat(doc).contains("/api/beds/availability", "/api/beds/hospitals/{id}/availability", "/api/beds/requests/{id}/accept",
                "beds.write");
    }

    private ApiHttp.Response put(String path, String token, String json) {
        return new ApiHttp(port).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
