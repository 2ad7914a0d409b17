package org.renkei.oncall.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.RenkeiTest;
import org.renkei.directory.ApiClientService;
import org.renkei.oncall.OnCallWorld;
import org.renkei.oncall.OnCallWorld.World;
import org.renkei.security.ApiScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A night-service system of the covering clinic reads who answers, its doctor's cover periods and their briefs (JSON
 * and PDF), and records a call; a system of another clinic is refused each, a read-only token cannot record, a bad
 * call is a 400 problem naming the field, and the OpenAPI document lists the paths.
 */
@RenkeiTest
class OnCallApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired OnCallWorld worlds;
    @Autowired ApiClientService clients;
    @Autowired JdbcTemplate jdbc;

    private String token(World w, long facility, ApiScope... scopes) {
        var c = clients.register(w.area().admin(), facility, "夜間対応システム", EnumSet.of(ApiScope.ONCALL_READ, scopes), null, null);
        return new ApiHttp(port).token(c.clientId(), c.secret(), null);
    }

    @Test
    void theCoveringClinicsSystemReadsAndRecordsAndAnotherClinicsIsRefused() throws Exception {
        World w = worlds.create();
        long absence = worlds.absence(w, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(4)));
        ApiHttp api = new ApiHttp(port);
        String covering = token(w, w.covering().facilityId(), ApiScope.ONCALL_WRITE);
        String other = token(w, w.other().facilityId(), ApiScope.ONCALL_WRITE);
        String readOnly = token(w, w.covering().facilityId());

        ApiHttp.Response who = api.get("/api/on-call/patients/" + w.patient() + "/responders", covering);
        assertThat(who.status()).isEqualTo(200);
        JsonNode first = who.json().get("now").get(0);
        assertThat(first.get("kind").asString()).isEqualTo("ABSENCE_COVER");
        assertThat(first.get("memberId").asLong()).isEqualTo(w.coveringDoctor().memberId());
        ApiHttp.assertProblem(api.get("/api/on-call/patients/" + w.patient() + "/responders", other), 403, "patient.not-on-team");

        ApiHttp.Response periods = api.get("/api/on-call/periods", covering);
        assertThat(periods.status()).isEqualTo(200);
        assertThat(periods.json().toString()).contains("\"ABSENCE\"").contains("\"sourceId\":" + absence);
        assertThat(api.get("/api/on-call/periods", other).json().size()).isZero();

        String briefs = "/api/on-call/periods/ABSENCE/" + absence + "/briefs";
        ApiHttp.Response sheet = api.get(briefs, covering);
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.json().get("briefs").size()).isEqualTo(2);
        ApiHttp.assertProblem(api.get(briefs, other), 403, "oncall.not-covering");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + briefs + ".pdf")).header("Authorization", "Bearer " + covering).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> otherPdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + briefs + ".pdf")).header("Authorization", "Bearer " + other).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(otherPdf.statusCode()).as("another clinic's system gets no briefs").isEqualTo(403);

        String call = ApiHttp.json(java.util.Map.of("patientId", w.patient(), "caller", "VISITING_NURSE", "outcome", "VISIT",
                "note", "往診し点滴"));
        ApiHttp.Response recorded = api.post("/api/on-call/calls", covering, call);
        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.json().get("outcome").asString()).isEqualTo("VISIT");
        assertThat(jdbc.queryForObject("SELECT covering_member_id FROM cover_call WHERE id = ?", Long.class,
                recorded.json().get("id").asLong())).as("the report is the covering doctor's").isEqualTo(w.coveringDoctor().memberId());
        ApiHttp.assertProblem(api.post("/api/on-call/calls", other, call), 403, "patient.not-on-team");
        assertThat(api.post("/api/on-call/calls", readOnly, call).status()).as("read-only token").isEqualTo(403);
        ApiHttp.Response bad = api.post("/api/on-call/calls", covering, ApiHttp.json(java.util.Map.of("patientId", w.patient(),
                "caller", "FAMILY", "outcome", "VISIT", "calledAt", Instant.now().plus(Duration.ofHours(1)).toString())));
        ApiHttp.assertProblem(bad, 400, "oncall.call-outside-period");
        assertThat(bad.body()).contains("calledAt");
        ApiHttp.assertProblem(api.post("/api/on-call/calls", covering, ApiHttp.json(java.util.Map.of("patientId", w.excluding(),
                "caller", "FAMILY", "outcome", "VISIT"))), 403, "patient.not-on-team");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cover_call WHERE patient_id IN (?, ?)", Long.class, w.patient(),
                w.excluding())).as("only the one call stored").isEqualTo(1);

        // the period ends: the system reads and records nothing more for it
        jdbc.update("UPDATE cover_absence SET ends_at = ? WHERE id = ?", java.sql.Timestamp.from(Instant.now().minusSeconds(1)), absence);
        ApiHttp.assertProblem(api.post("/api/on-call/calls", covering, call), 403, "patient.not-on-team");
        ApiHttp.assertProblem(api.get(briefs, covering), 403, "oncall.not-covering");
        ApiHttp.assertProblem(api.get("/api/on-call/patients/" + w.patient() + "/responders", covering), 403, "patient.not-on-team");

        String doc = api.get("/v3/api-docs", null).body();
        assertThat(doc).contains("/api/on-call/patients/{id}/responders", "/api/on-call/periods/{kind}/{sourceId}/briefs",
                "/api/on-call/calls", "oncall.write");
    }
}
