package org.renkei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.Fixtures;
import org.renkei.RenkeiApplication;
import org.renkei.StompMember;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberService;
import org.renkei.directory.Profession;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node restarts (a deployment): its members stay logged in, so their clients reconnect without a password
 * or a TOTP code; but a member whose account changed while the node was away (suspended, second factor
 * reset) is not let back in on the old session. Two application contexts one after the other, on one port
 * and one session store, as a restarted node would be.
 */
class SessionRestartTest {

    @TempDir
    static Path store;

    private ConfigurableApplicationContext node;

    @AfterEach
    void stop() {
        if (node != null && node.isActive()) {
            node.close();
        }
    }

    private static ConfigurableApplicationContext node(int port) {
        // as arguments: the test profile's file turns persistence off, and default properties rank below it
        return new SpringApplicationBuilder(RenkeiApplication.class).profiles("dev", "test").properties(Map.of(
                "spring.main.banner-mode", "off")).run("--server.port=" + port, "--server.servlet.session.persistent=true",
                "--server.servlet.session.store-dir=" + store);
    }

    @Test
    void membersStayLoggedInAcrossARestartUnlessTheirAccountChangedMeanwhile() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        node = node(port);
        Fixtures fixtures = node.getBean(Fixtures.class);
        Accounts accounts = node.getBean(Accounts.class);
        Fixtures.Area area = fixtures.area();
        Fixtures.Place place = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        StompMember stays = StompMember.login(accounts, fixtures.actor(fixtures.member(place, Profession.NURSE).id()), port);
        StompMember suspended = StompMember.login(accounts, fixtures.actor(fixtures.member(place, Profession.NURSE).id()), port);
        StompMember reenrols = StompMember.login(accounts, fixtures.actor(fixtures.member(place, Profession.NURSE).id()), port);
        for (StompMember m : new StompMember[] {stays, suspended, reenrols}) {
            m.connect().disconnect();
            assertThat(page(port, m)).as("logged in before the restart").isEqualTo(200);
        }

        node.close();
        node = node(port);
        // while the node was away (its first requests come after these), two accounts changed
        node.getBean(MemberService.class).suspend(area.admin(), suspended.actor().memberId(), "退職");
        node.getBean(Accounts.class).resetSecondFactor(reenrols.actor().memberId());

        assertThat(page(port, stays)).as("still logged in after the restart").isEqualTo(200);
        StompMember.Connection again = stays.connect();
        assertThat(again.session.isConnected()).isTrue();
        again.disconnect();

        assertThat(page(port, suspended)).as("suspended meanwhile: sent to the login page").isEqualTo(302);
        assertThatThrownBy(suspended::connect).as("suspended meanwhile: STOMP refused");
        assertThat(page(port, reenrols)).as("second factor reset meanwhile: sent to the login page").isEqualTo(302);
        assertThatThrownBy(reenrols::connect).as("second factor reset meanwhile: STOMP refused");
        // each refusal is in the access log, with its reason
        assertThat(node.getBean(JdbcTemplate.class).queryForList(
                "SELECT detail FROM audit_event WHERE action = 'session.restore-refused' AND target_id IN (?, ?) ORDER BY id",
                String.class, suspended.actor().memberId(), reenrols.actor().memberId()))
                .containsExactly("SUSPENDED", "credentials changed");
    }

    /** The status of the portal's first page with the member's session cookie (302: off to the login page). */
    private static int page(int port, StompMember member) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).header("Cookie", member.cookie()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
