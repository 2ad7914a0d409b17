package org.renkei.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.StompMember;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.security.Accounts;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The login cookie alone, as a node that never saw the session receives it (the member's node was lost): it resumes the
 * login, unless the account changed after the login. Each refusal is the one a single node can see: sessions ended
 * (rights changed) with the member still allowed to log in, and a new password. (A suspended member on a second node:
 * {@code ClusterIntegrationTest}.)
 */
@RenkeiTest
class SharedLoginIntegrationTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Accounts accounts;
    @Autowired AccountService accountService;
    @Autowired JdbcTemplate jdbc;

    private StompMember member() throws Exception {
        Fixtures.Place place = fixtures.facility(fixtures.area(), FacilityType.VISITING_NURSE_STATION);
        return StompMember.login(accounts, fixtures.actor(fixtures.member(place, Profession.NURSE).id()), port);
    }

    @Test
    void theCookieAloneResumesTheLoginUntilTheSessionsEndOrThePasswordChanges() throws Exception {
        StompMember resumed = member();
        assertThat(page(loginCookieOnly(resumed))).as("resumed without the session").isEqualTo(200);
        assertThat(logged(resumed.actor(), "login.resumed")).isNotEmpty();

        StompMember ended = member();
        accounts.endSessionsAfterCommit(ended.actor().memberId());
        assertThat(page(loginCookieOnly(ended))).as("sessions ended since the login").isEqualTo(302);
        await().atMost(Duration.ofSeconds(5)).until(() -> logged(ended.actor(), "login.resume-refused").contains("sessions ended"));

        StompMember changed = member();
        Actor actor = changed.actor();
        accountService.changePassword(actor, StompMember.PASSWORD, "Another-Password-2026!", "Another-Password-2026!");
        assertThat(page(loginCookieOnly(changed))).as("a new password since the login").isEqualTo(302);
        await().atMost(Duration.ofSeconds(5)).until(() -> logged(actor, "login.resume-refused").contains("credentials changed"));
    }

    private static String loginCookieOnly(StompMember m) {
        return Arrays.stream(m.cookies().split("; ")).filter(c -> c.startsWith("RENKEI_LOGIN=")).findFirst().orElseThrow();
    }

    private List<String> logged(Actor actor, String action) {
        return jdbc.queryForList("SELECT COALESCE(detail, '') FROM audit_event WHERE target_id = ? AND action = ?", String.class,
                actor.memberId(), action);
    }

    /** The status of the portal's first page with these cookies (302: off to the login page). */
    private int page(String cookies) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
