package org.renkei.coordination.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.directory.ApiClientService;
import org.renkei.directory.FacilityType;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.ApiScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A hospital's system files a request with the desk and reads where it stands; another hospital's system reads nothing
 * of it; a read-only token cannot file; bad input is a problem naming the field; the OpenAPI document lists the paths.
 */
@RenkeiTest
class CoordinationApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiClientService clients;

    private String token(Area area, long facility, ApiScope... scopes) {
        var c = clients.register(area.admin(), facility, "地域連携システム", EnumSet.of(ApiScope.COORDINATION_READ, scopes), null, null);
        return new ApiHttp(port).token(c.clientId(), c.secret(), null);
    }

    @Test
    void aHospitalsSystemFilesARequestAndFollowsItAndOthersAreRefused() {
        Area area = fixtures.area();
        fixtures.facility(area, FacilityType.MUNICIPAL_SUPPORT_DESK);
        Place hospital = fixtures.facility(area, FacilityType.HOSPITAL);
        Place other = fixtures.facility(area, FacilityType.HOSPITAL);
        String mine = token(area, hospital.facilityId(), ApiScope.COORDINATION_WRITE);
        String theirs = token(area, other.facilityId(), ApiScope.COORDINATION_WRITE);
        String readOnly = token(area, hospital.facilityId());
        ApiHttp api = new ApiHttp(port);
        String body = ApiHttp.json(Map.of("need", "VISITING_NURSE", "capabilities", List.of("ROUND_THE_CLOCK"), "districtId",
                area.districtId(), "startOn", LocalDate.now(TimeConfiguration.TOKYO).plusDays(3).toString(), "patientAge", 88,
                "patientSex", "FEMALE", "note", "独居、看取りを希望"));
        ApiHttp.Response filed = api.post("/api/coordination/requests", mine, body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("status").asString()).isEqualTo("RECEIVED");
        long id = filed.json().get("id").asLong();
        assertThat(api.get("/api/coordination/requests/" + id, mine).json().get("need").asString()).isEqualTo("VISITING_NURSE");
        assertThat(api.get("/api/coordination/requests", mine).json().toString()).contains("\"id\":" + id);
        ApiHttp.assertProblem(api.get("/api/coordination/requests/" + id, theirs), 403, "coordination.not-your-request");
        Area elsewhere = fixtures.area();
        String otherAssociation = token(elsewhere, fixtures.facility(elsewhere, FacilityType.HOSPITAL).facilityId(),
                ApiScope.COORDINATION_WRITE);
        ApiHttp.assertProblem(api.get("/api/coordination/requests/" + id, otherAssociation), 403, "coordination.not-your-request");
        ApiHttp.assertProblem(api.post("/api/coordination/requests", otherAssociation, body), 400, "coordination.other-association");
        assertThat(api.get("/api/coordination/requests", theirs).json().size()).isZero();
        assertThat(api.post("/api/coordination/requests", readOnly, body).status()).isEqualTo(403);
        ApiHttp.Response bad = api.post("/api/coordination/requests", mine, ApiHttp.json(Map.of("need", "HOME_DOCTOR", "districtId",
                area.districtId(), "startOn", LocalDate.now(TimeConfiguration.TOKYO).minusDays(1).toString())));
        ApiHttp.assertProblem(bad, 400, "coordination.start-date");
        assertThat(bad.body()).contains("startOn", "patientAge");
        assertThat(api.get("/v3/api-docs", null).body()).contains("/api/coordination/requests", "/api/coordination/requests/{id}");
    }
}
