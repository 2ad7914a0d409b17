package org.renkei.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.directory.ApiClientService;
import org.renkei.directory.Capability;
import org.renkei.directory.CapabilityDeclaration;
import org.renkei.directory.CapabilityService;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Intake;
import org.renkei.security.ApiScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A program with {@code directory.read} finds the facilities of a district that take on a ventilated patient and accept
 * now; bad input is a 400 problem naming the field, and a token of another scope is refused.
 */
@RenkeiTest
class CapabilitySearchApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiClientService clients;
    @Autowired CapabilityService capabilities;

    private String token(Area area, long facility, ApiScope scope) {
        var c = clients.register(area.admin(), facility, "地域連携システム", EnumSet.of(scope), null, null);
        return new ApiHttp(port).token(c.clientId(), c.secret(), null);
    }

    private void declare(Place place, Set<Capability> takes, Intake intake) {
        capabilities.declare(place.admin(), place.facilityId(), new CapabilityDeclaration(takes, Set.of(), null, "平日 9:00〜18:00",
                intake), -1);
    }

    @Test
    void aProgramFindsWhoTakesOnAVentilatedPatientInTheDistrict() {
        Area area = fixtures.area();
        Place accepting = fixtures.facility(area, FacilityType.CLINIC);
        declare(accepting, Set.of(Capability.VENTILATOR, Capability.HOME_OXYGEN, Capability.END_OF_LIFE), Intake.ACCEPTING);
        Place full = fixtures.facility(area, FacilityType.CLINIC);
        declare(full, Set.of(Capability.VENTILATOR, Capability.HOME_OXYGEN), Intake.FULL);
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        declare(station, Set.of(Capability.HOME_OXYGEN), Intake.ACCEPTING);
        ApiHttp api = new ApiHttp(port);
        String token = token(area, station.facilityId(), ApiScope.DIRECTORY_READ);

        String path = "/api/facilities/search?capability=VENTILATOR&capability=HOME_OXYGEN&district=" + area.districtId();
        ApiHttp.Response found = api.get(path + "&accepting=true", token);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().get("items").size()).isEqualTo(1);
        JsonNode clinic = found.json().get("items").get(0);
        assertThat(clinic.get("id").asLong()).isEqualTo(accepting.facilityId());
        assertThat(clinic.get("type").asString()).isEqualTo("CLINIC");
        assertThat(clinic.get("phone").asString()).isEqualTo("03-1234-5678");
        assertThat(clinic.get("intake").asString()).isEqualTo("ACCEPTING");
        assertThat(clinic.get("intakeConfirmedAt").asString()).isNotBlank();
        assertThat(clinic.get("districts").get(0).asString()).endsWith("区");
        assertThat(clinic.get("capabilities").toString()).isEqualTo("[\"VENTILATOR\",\"HOME_OXYGEN\",\"END_OF_LIFE\"]");
        assertThat(found.json().get("more").asBoolean()).isFalse();

        ApiHttp.Response any = api.get(path + "&type=CLINIC&limit=1", token);
        assertThat(any.json().get("items").get(0).get("id").asLong()).as("the accepting first").isEqualTo(accepting.facilityId());
        assertThat(any.json().get("more").asBoolean()).isTrue();
        assertThat(api.get(path + "&intake=ACCEPTING_OR_ASK", token).json().get("items").size()).isEqualTo(1);

        ApiHttp.assertProblem(api.get(path + "&limit=0", token), 400, "validation.Range");
        ApiHttp.assertProblem(api.get(path + "&accepting=true&intake=ANY", token), 400, "capability.intake-filter-conflict");
        ApiHttp.assertProblem(api.get(path + "&type=CARE_MANAGEMENT_OFFICE", token), 400, "capability.type-declares-nothing");
        ApiHttp.Response unknown = api.get(path + "&capability=FLYING", token);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");

        String otherScope = token(area, station.facilityId(), ApiScope.PATIENTS_READ);
        assertThat(api.get(path, otherScope).status()).isEqualTo(403);
        assertThat(api.get(path, null).status()).isEqualTo(401);
    }
}
