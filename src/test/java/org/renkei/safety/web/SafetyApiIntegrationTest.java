package org.renkei.safety.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.directory.ApiClientService;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.TeamRole;
import org.renkei.platform.TimeConfiguration;
import org.renkei.safety.Incident;
import org.renkei.safety.IncidentKind;
import org.renkei.safety.MeasureKind;
import org.renkei.safety.MeasureService;
import org.renkei.safety.Perpetrator;
import org.renkei.safety.ReportService;
import org.renkei.security.Actor;
import org.renkei.security.ApiScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A station's own system reads its incident reports, the measures on its patients and logs two-person visits; another
 * facility's system (on the patient's team or not) reads no report; a read-only token logs nothing; bad input is a
 * problem naming the field; the CSV runs no formula; the OpenAPI document lists the paths.
 */
@RenkeiTest
class SafetyApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiClientService clients;
    @Autowired ReportService reports;
    @Autowired MeasureService measures;
    @Autowired CareTeamService teams;

    private String token(Area area, long facility, ApiScope... scopes) {
        var c = clients.register(area.admin(), facility, "記録システム", EnumSet.of(ApiScope.SAFETY_READ, scopes), null, null);
        return new ApiHttp(port).token(c.clientId(), c.secret(), null);
    }

    @Test
    void aStationsSystemReadsItsOwnReportsAndOthersAreRefused() {
        Area area = fixtures.area();
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Place clinic = fixtures.facility(area, FacilityType.CLINIC);
        Place outside = fixtures.facility(area, FacilityType.CLINIC);
        Actor nurse = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        long patient = fixtures.patient(station.admin());
        teams.addMember(station.admin(), patient, nurse.memberId(), TeamRole.VISITING_NURSE);
        teams.addFacility(station.admin(), patient, clinic.facilityId(), TeamRole.PRIMARY_PHYSICIAN);
        long id = reports.report(nurse, new Incident(Instant.now().minusSeconds(600), null, Set.of(IncidentKind.SEXUAL), Perpetrator.PATIENT,
                false, null, false, null, "不適切な発言を繰り返された", null, patient), true).id();
        long draft = reports.report(nurse, new Incident(Instant.now().minusSeconds(600), null, Set.of(IncidentKind.OTHER), Perpetrator.OTHER,
                false, null, false, null, "書きかけ", null, null), false).id();
        measures.set(station.admin(), patient, MeasureKind.SAME_SEX, "男性職員が訪問する", null);

        String mine = token(area, station.facilityId(), ApiScope.SAFETY_WRITE);
        String readOnly = token(area, station.facilityId());
        String team = token(area, clinic.facilityId());
        String stranger = token(area, outside.facilityId(), ApiScope.SAFETY_WRITE);
        ApiHttp api = new ApiHttp(port);

        assertThat(api.get("/api/safety/reports/" + id, mine).json().get("whatHappened").asString()).isEqualTo("不適切な発言を繰り返された");
        assertThat(api.get("/api/safety/reports", mine).json().toString()).contains("\"id\":" + id).doesNotContain("\"id\":" + draft);
        ApiHttp.assertProblem(api.get("/api/safety/reports/" + draft, mine), 403, "safety.not-your-report");
        ApiHttp.assertProblem(api.get("/api/safety/reports/" + id, team), 403, "safety.not-your-report");
        ApiHttp.assertProblem(api.get("/api/safety/reports/" + id, stranger), 403, "safety.not-your-report");
        assertThat(api.get("/api/safety/reports", team).json().size()).isZero();

        assertThat(api.get("/api/safety/patients/" + patient + "/measures", team).json().get("measures").get(0).get("kind").asString())
                .as("the team's program reads the measures").isEqualTo("SAME_SEX");
        ApiHttp.assertProblem(api.get("/api/safety/patients/" + patient + "/measures", stranger), 403, "patient.not-on-team");

        LocalDate today = LocalDate.now(TimeConfiguration.TOKYO);
        String visit = ApiHttp.json(Map.of("patientId", patient, "visitedOn", today.toString(), "startTime", "10:00", "minutes", 45,
                "staffId", nurse.memberId(), "partnerName", "@SUM(1+1)", "basis", "SUBSIDY"));
        ApiHttp.Response logged = api.post("/api/safety/pair-visits", mine, visit);
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        assertThat(api.post("/api/safety/pair-visits", readOnly, visit).status()).isEqualTo(403);
        ApiHttp.assertProblem(api.post("/api/safety/pair-visits", stranger, visit), 403, "patient.not-on-team");
        ApiHttp.Response bad = api.post("/api/safety/pair-visits", mine, ApiHttp.json(Map.of("patientId", patient, "visitedOn",
                today.plusDays(1).toString(), "staffId", nurse.memberId(), "partnerId", nurse.memberId(), "basis", "FEE")));
        ApiHttp.assertProblem(bad, 400, "safety.pair-partner");
        assertThat(bad.body()).contains("visitedOn", "partner");
        YearMonth month = YearMonth.from(today);
        assertThat(api.get("/api/safety/pair-visits?month=" + month, mine).json().size()).isEqualTo(1);
        ApiHttp.Response csv = api.get("/api/safety/pair-visits.csv?month=" + month, mine);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("'@SUM(1+1)").doesNotContain(",@SUM");
        assertThat(api.get("/api/safety/pair-visits?month=" + month, stranger).json().size()).isZero();
        assertThat(api.get("/v3/api-docs", null).body()).contains("/api/safety/reports/{id}", "/api/safety/pair-visits.csv",
                "/api/safety/patients/{patientId}/measures");
    }
}
