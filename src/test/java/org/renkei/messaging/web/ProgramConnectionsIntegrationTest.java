package org.renkei.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.RenkeiTest;
import org.renkei.StompMember;
import org.renkei.directory.ApiClientService;
import org.renkei.directory.FacilityService;
import org.renkei.handoff.HandoffWorld;
import org.renkei.handoff.HandoffWorld.World;
import org.renkei.messaging.ConversationService;
import org.renkei.messaging.Importance;
import org.renkei.messaging.MessageService;
import org.renkei.messaging.NewMessage;
import org.renkei.patient.CareTeamService;
import org.renkei.security.ApiScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * A hospital program's open STOMP connection (bearer token on CONNECT) lasts only as long as its rights: it is
 * closed when the client is revoked, when its facility is suspended, when its facility leaves the patient's team
 * (for the room), and when its token expires. (Attack run, H1.)
 */
@RenkeiTest
class ProgramConnectionsIntegrationTest {

    @LocalServerPort int port;
    @Autowired HandoffWorld worlds;
    @Autowired ApiClientService clients;
    @Autowired FacilityService facilities;
    @Autowired CareTeamService teams;
    @Autowired ConversationService conversations;
    @Autowired MessageService messages;
    @Autowired JWKSource<SecurityContext> keys;
    @Value("${renkei.api.issuer}") String issuer;

    record Program(ApiClientService.IssuedSecret client, StompMember.Connection connection, BlockingQueue<JsonNode> room) {}

    /** A program of the world's hospital, following the patient's room live (shown by receiving a post). */
    private Program following(World w, long roomId) throws Exception {
        var client = clients.register(w.admin(), w.hospital(), "病院システム", EnumSet.of(ApiScope.MESSAGES_READ,
                ApiScope.MESSAGES_WRITE, ApiScope.PATIENTS_READ), null, null);
        String token = new ApiHttp(port).token(client.clientId(), client.secret(), null);
        return follow(client, token, w, roomId);
    }

    private Program follow(ApiClientService.IssuedSecret client, String token, World w, long roomId) throws Exception {
        StompMember.Connection c = StompMember.withToken(token, port).connect();
        BlockingQueue<JsonNode> seen = c.subscribe("/topic/conversations." + roomId);
        // the subscription is in place once a post arrives through it
        for (int i = 0; i < 20; i++) {
            messages.post(w.cm(), roomId, new NewMessage("probe-" + client.clientId() + "-" + i, "確認用 " + i, Importance.NORMAL, null));
            if (seen.poll(500, TimeUnit.MILLISECONDS) != null) {
                seen.clear();
                return new Program(client, c, seen);
            }
        }
        throw new AssertionError("the program's subscription never received anything");
    }

    @Test
    void aRevokedProgramsOpenConnectionIsClosed() throws Exception {
        World w = worlds.create();
        long room = conversations.patientRoom(w.cm(), w.patient()).id();
        Program p = following(w, room);

        clients.revoke(w.admin(), p.client().id());

        assertThat(p.connection().closed.get(10, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void aProgramOfASuspendedFacilityIsDisconnected() throws Exception {
        World w = worlds.create();
        long room = conversations.patientRoom(w.cm(), w.patient()).id();
        Program p = following(w, room);

        facilities.suspend(w.admin(), w.hospital(), "契約終了のため");

        assertThat(p.connection().closed.get(10, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void aProgramWhoseFacilityLeavesThePatientsTeamLosesTheRoom() throws Exception {
        World w = worlds.create();
        long room = conversations.patientRoom(w.cm(), w.patient()).id();
        Program p = following(w, room);

        // the hospital is on the team only through its discharge nurse: she leaves it
        long nurseEntry = teams.team(w.cm(), w.patient()).stream()
                .filter(e -> e.memberId() != null && e.memberId() == w.hospNurse().memberId()).findFirst().orElseThrow().id();
        teams.remove(w.cm(), w.patient(), nurseEntry);

        assertThat(p.connection().closed.get(10, TimeUnit.SECONDS)).isNotNull();
        messages.post(w.cm(), room, new NewMessage("after-leaving", "退院後の訪問予定", Importance.NORMAL, null));
        assertThat(p.room().poll(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void aProgramsConnectionClosesWhenItsTokenExpires() throws Exception {
        World w = worlds.create();
        long room = conversations.patientRoom(w.cm(), w.patient()).id();
        var client = clients.register(w.admin(), w.hospital(), "短命トークン", EnumSet.of(ApiScope.MESSAGES_READ), null, null);
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(issuer).subject(client.clientId()).claim("client_id", client.clientId())
                .claim("scope", List.of(ApiScope.MESSAGES_READ.scope())).issuedAt(now).expiresAt(now.plusSeconds(4)).build();
        String token = new NimbusJwtEncoder(keys).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
        Program p = follow(client, token, w, room);

        // open until the token's exp, closed at it (the API would accept it for a minute more of clock skew, not longer)
        assertThat(p.connection().closed.get(15, TimeUnit.SECONDS)).isNotNull();
        assertThat(Instant.now()).isAfterOrEqualTo(now.plusSeconds(3));
    }

    @Test
    void aProgramStillFollowsTheRoomWhileNothingChanged() throws Exception {
        World w = worlds.create();
        long room = conversations.patientRoom(w.cm(), w.patient()).id();
        Program p = following(w, room);
        messages.post(w.cm(), room, new NewMessage("still-there", "明日訪問します", Importance.NORMAL, null));
        assertThat(StompMember.next(p.room()).toString()).contains("明日訪問します");
        assertThat(p.connection().closed).isNotDone();
        p.connection().send("/app/conversations." + room + ".send", Map.of("clientId", "prog-1", "body", "病院から", "importance", "NORMAL"));
        assertThat(StompMember.next(p.room()).toString()).contains("病院から");
    }
}
