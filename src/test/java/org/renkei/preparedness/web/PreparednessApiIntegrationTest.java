package org.renkei.preparedness.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.RenkeiTest;
import org.renkei.directory.ApiClientService;
import org.renkei.directory.AssociationService;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.SummaryService;
import org.renkei.preparedness.CheckState;
import org.renkei.preparedness.DisasterService;
import org.renkei.preparedness.EventInfo;
import org.renkei.preparedness.EventKind;
import org.renkei.preparedness.PlanDetails;
import org.renkei.preparedness.PlanService;
import org.renkei.preparedness.BoardQueries;
import org.renkei.preparedness.PrepWorld;
import org.renkei.security.ApiScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 区's own system reads its register and an event's checks; the program of another facility (the visiting-nurse
 * station on the patient's team), of the association's office and of another association's desk read nothing; a token
 * without the scope is refused.
 */
@RenkeiTest
class PreparednessApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiClientService clients;
    @Autowired PlanService plans;
    @Autowired DisasterService disasters;
    @Autowired CareTeamService teams;
    @Autowired SummaryService summaries;
    @Autowired BoardQueries boards;
    @Autowired AssociationService associations;

    private String token(Area area, long facility, ApiScope scope) {
        var c = clients.register(area.admin(), facility, "区の業務システム", EnumSet.of(scope), null, null);
        return new ApiHttp(port).token(c.clientId(), c.secret(), null);
    }

    @Test
    void theDesksSystemReadsItsRegisterAndChecksAndOtherProgramsAreRefused() {
        var w = PrepWorld.create(fixtures, teams, summaries);
        var other = PrepWorld.create(fixtures, teams, summaries);
        PlanDetails p = plans.start(w.nurse(), w.patient());
        plans.assignChecker(w.hokenshi(), p.id(), w.nurse().memberId());
        EventInfo e = disasters.declare(w.hokenshi(), w.area().districtId(), EventKind.TYPHOON, "台風 接近", null);
        long check = boards.board(w.hokenshi(), e.id()).rows().getFirst().checkId();
        disasters.record(w.nurse(), e.id(), check, CheckState.NEEDS_HELP, 3, null);

        String desk = token(w.area(), w.desk().facilityId(), ApiScope.PREPAREDNESS_READ);
        String station = token(w.area(), w.station().facilityId(), ApiScope.PREPAREDNESS_READ);
        String otherDesk = token(other.area(), other.desk().facilityId(), ApiScope.PREPAREDNESS_READ);
        String noScope = token(w.area(), w.desk().facilityId(), ApiScope.COORDINATION_READ);
        ApiHttp api = new ApiHttp(port);

        ApiHttp.Response register = api.get("/api/preparedness/register", desk);
        assertThat(register.status()).as(register.body()).isEqualTo(200);
        assertThat(register.json().get(0).get("patientId").asLong()).isEqualTo(w.patient());
        assertThat(register.json().get(0).get("state").asString()).isEqualTo("DRAFT");
        ApiHttp.Response events = api.get("/api/preparedness/events", desk);
        assertThat(events.json().toString()).contains("\"id\":" + e.id());
        ApiHttp.Response checks = api.get("/api/preparedness/events/" + e.id() + "/checks", desk);
        assertThat(checks.status()).as(checks.body()).isEqualTo(200);
        assertThat(checks.json().get("rows").get(0).get("state").asString()).isEqualTo("NEEDS_HELP");
        assertThat(checks.json().get("rows").get(0).get("hoursLeft").asInt()).isEqualTo(3);
        assertThat(checks.json().get("rows").get(0).get("mayRecord").asBoolean()).as("a program reads, people record").isFalse();

        ApiHttp.assertProblem(api.get("/api/preparedness/register", station), 403, "preparedness.not-a-desk");
        ApiHttp.assertProblem(api.get("/api/preparedness/events/" + e.id() + "/checks", station), 403, "preparedness.not-your-event");
        assertThat(api.get("/api/preparedness/register", otherDesk).json().toString()).doesNotContain("\"patientId\":" + w.patient());
        ApiHttp.assertProblem(api.get("/api/preparedness/events/" + e.id() + "/checks", otherDesk), 403, "preparedness.not-your-event");
        assertThat(api.get("/api/preparedness/events", otherDesk).json().toString()).doesNotContain("\"id\":" + e.id());
        // the association office's own program: the office runs events but keeps no register, and reads no patient
        String office = token(w.area(), associations.officeOf(w.area().association().id()), ApiScope.PREPAREDNESS_READ);
        ApiHttp.assertProblem(api.get("/api/preparedness/register", office), 403, "preparedness.not-a-desk");
        ApiHttp.assertProblem(api.get("/api/preparedness/events/" + e.id() + "/checks", office), 403, "preparedness.not-your-event");
        assertThat(api.get("/api/preparedness/register", noScope).status()).isEqualTo(403);
        assertThat(api.get("/api/preparedness/register", null).status()).isEqualTo(401);
    }
}
