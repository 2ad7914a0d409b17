package org.renkei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.RenkeiTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document checked in under docs/ is the one the running application serves. After changing the
 * API, write the new one with {@code ./mvnw test -Dtest=OpenApiDocumentTest -Drenkei.openapi.write=true} and
 * commit it with the change.
 */
@RenkeiTest
class OpenApiDocumentTest {

    static final Path CHECKED_IN = Path.of("docs", "openapi.json");

    @LocalServerPort int port;

    @Test
    void theCheckedInDocumentMatchesTheRunningApplication() throws Exception {
        ApiHttp.Response served = new ApiHttp(port).get("/v3/api-docs", null);
        assertThat(served.status()).isEqualTo(200);
        JsonMapper canonical = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true).build();
        JsonNode running = canonical.readTree(served.body());
        String pretty = canonical.writeValueAsString(canonical.treeToValue(running, Object.class)) + "\n";
        if (Boolean.getBoolean("renkei.openapi.write")) {
            Files.writeString(CHECKED_IN, pretty, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(CHECKED_IN)).as(CHECKED_IN + " exists").isTrue();
        JsonNode checkedIn = canonical.readTree(Files.readString(CHECKED_IN, StandardCharsets.UTF_8));
        assertThat(checkedIn).as("docs/openapi.json is stale: regenerate it (see this test's comment)").isEqualTo(running);
        // what integrators need is all there
        assertThat(running.get("paths").propertyNames()).contains("/api/patients", "/api/handoffs/discharge",
                "/api/handoffs/{id}/recipients/{recipientId}/accept", "/api/handoffs/referrals", "/api/conversations/{id}/messages",
                "/api/members", "/api/facilities", "/api/on-call/patients/{id}/responders", "/api/on-call/periods",
                "/api/on-call/periods/{kind}/{sourceId}/briefs", "/api/on-call/calls", "/api/beds/availability",
                "/api/beds/hospitals/{id}/availability", "/api/beds/requests", "/api/beds/requests/{id}/accept",
                "/api/coordination/requests", "/api/coordination/requests/{id}", "/api/safety/reports", "/api/safety/reports/{id}",
                "/api/safety/patients/{patientId}/measures", "/api/safety/pair-visits", "/api/safety/pair-visits.csv",
                "/api/preparedness/register", "/api/preparedness/events", "/api/preparedness/events/{id}/checks",
                "/api/events", "/api/events/{id}", "/api/events/{id}/participants",
                "/api/events/{id}/participants/{memberId}/attendance");
        assertThat(running.at("/components/securitySchemes/oauth2/flows/clientCredentials/tokenUrl").asString()).isEqualTo("/oauth2/token");
    }
}
