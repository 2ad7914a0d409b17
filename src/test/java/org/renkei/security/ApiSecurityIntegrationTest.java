package org.renkei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renkei.ApiHttp.assertProblem;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.RenkeiTest;
import org.renkei.directory.ApiClientService;
import org.renkei.handoff.HandoffWorld;
import org.renkei.handoff.HandoffWorld.World;
import org.renkei.platform.AccessRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Tokens from the portal's own token endpoint over real HTTP, used on /api/**; and every kind of refusal: no
 * token, expired, wrong signature, another issuer, a missing scope, a revoked client, another facility's
 * patient. Each refusal is an RFC 9457 problem.
 */
@RenkeiTest
class ApiSecurityIntegrationTest {

    @LocalServerPort int port;
    @Value("${renkei.api.issuer}") String issuer;
    @Autowired HandoffWorld worlds;
    @Autowired ApiClientService clients;
    @Autowired JWKSource<SecurityContext> portalKeys;

    private ApiClientService.IssuedSecret hospitalClient(World w, Set<ApiScope> scopes) {
        return clients.register(w.admin(), w.hospital(), "病院システム", scopes, null, null);
    }

    @Test
    void aTokenFromTheTokenEndpointOpensTheFacilitysPatients() {
        World w = worlds.create();
        var client = hospitalClient(w, EnumSet.of(ApiScope.PATIENTS_READ));
        ApiHttp api = new ApiHttp(port);
        ApiHttp.Response tokenResponse = api.tokenResponse(client.clientId(), client.secret(), "patients.read");
        assertThat(tokenResponse.status()).isEqualTo(200);
        assertThat(tokenResponse.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(tokenResponse.json().get("expires_in").asLong()).isBetween(60L, 3600L);
        String token = tokenResponse.json().get("access_token").asString();

        ApiHttp.Response patients = api.get("/api/patients", token);
        assertThat(patients.status()).isEqualTo(200);
        assertThat(patients.json().get("items").valueStream().map(n -> n.get("id").asLong()).toList()).contains(w.patient());
        ApiHttp.Response one = api.get("/api/patients/" + w.patient(), token);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("header").get("id").asLong()).isEqualTo(w.patient());
        // the wrong secret gets no token
        assertThat(api.tokenResponse(client.clientId(), "not-the-secret", null).status()).isEqualTo(401);
    }

    @Test
    void withoutATokenOrWithAnExpiredForgedOrForeignOneTheApiSays401() throws Exception {
        World w = worlds.create();
        var client = hospitalClient(w, EnumSet.of(ApiScope.PATIENTS_READ));
        ApiHttp api = new ApiHttp(port);

        ApiHttp.Response none = api.get("/api/patients", null);
        assertProblem(none, 401, "token-required");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");

        String expired = mint(portalKeys, issuer, client.clientId(), Instant.now().minusSeconds(3600), Instant.now().minusSeconds(60));
        assertProblem(api.get("/api/patients", expired), 401, "invalid-token");

        RSAKey other = new RSAKeyGenerator(2048).keyID(portalKid()).generate();
        String forged = mint(new ImmutableJWKSet<>(new JWKSet(other)), issuer, client.clientId(), Instant.now(), Instant.now().plusSeconds(300));
        assertProblem(api.get("/api/patients", forged), 401, "invalid-token");

        RSAKey foreignKey = new RSAKeyGenerator(2048).keyID("foreign").generate();
        String foreign = mint(new ImmutableJWKSet<>(new JWKSet(foreignKey)), "https://issuer.example.org", client.clientId(),
                Instant.now(), Instant.now().plusSeconds(300));
        assertProblem(api.get("/api/patients", foreign), 401, "invalid-token");

        assertProblem(api.get("/api/patients", "not-a-jwt"), 401, "invalid-token");

        // and the same claims signed with the portal's key are accepted: the refusals above are for the reasons named
        String good = mint(portalKeys, issuer, client.clientId(), Instant.now(), Instant.now().plusSeconds(300));
        assertThat(api.get("/api/patients", good).status()).isEqualTo(200);
    }

    @Test
    void aScopeTheTokenLacksIsRefusedWith403() {
        World w = worlds.create();
        var client = hospitalClient(w, EnumSet.of(ApiScope.PATIENTS_READ, ApiScope.DIRECTORY_READ));
        ApiHttp api = new ApiHttp(port);
        String directoryOnly = api.token(client.clientId(), client.secret(), "directory.read");
        assertProblem(api.get("/api/patients", directoryOnly), 403, "insufficient-scope");
        assertThat(api.get("/api/facilities?q=病院", directoryOnly).status()).isEqualTo(200);
        // a scope the client is not registered for is not granted at all
        ApiHttp.Response refused = api.tokenResponse(client.clientId(), client.secret(), "handoffs.write");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asString()).isEqualTo("invalid_scope");
        // write needs write: a reading client cannot post
        String all = api.token(client.clientId(), client.secret(), null);
        assertProblem(api.post("/api/handoffs/discharge", all, "{}"), 403, "insufficient-scope");
    }

    @Test
    void aRevokedClientGetsNoTokenAndItsTokensStopAtOnce() {
        World w = worlds.create();
        var client = hospitalClient(w, EnumSet.of(ApiScope.PATIENTS_READ));
        ApiHttp api = new ApiHttp(port);
        String token = api.token(client.clientId(), client.secret(), null);
        assertThat(api.get("/api/patients", token).status()).isEqualTo(200);

        clients.revoke(w.admin(), client.id());
        assertProblem(api.get("/api/patients", token), 401, "invalid-token");
        ApiHttp.Response noToken = api.tokenResponse(client.clientId(), client.secret(), null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.json().get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void aRotatedSecretReplacesTheOldOne() {
        World w = worlds.create();
        var client = hospitalClient(w, EnumSet.of(ApiScope.PATIENTS_READ));
        var rotated = clients.rotate(w.admin(), client.id());
        ApiHttp api = new ApiHttp(port);
        assertThat(api.tokenResponse(client.clientId(), client.secret(), null).status()).isEqualTo(401);
        assertThat(api.tokenResponse(client.clientId(), rotated.secret(), null).status()).isEqualTo(200);
    }

    @Test
    void anotherFacilitysPatientIsRefusedAndTheRefusalLogged() {
        World mine = worlds.create();
        World theirs = worlds.create();
        var client = hospitalClient(mine, EnumSet.of(ApiScope.PATIENTS_READ, ApiScope.HANDOFFS_READ));
        ApiHttp api = new ApiHttp(port);
        String token = api.token(client.clientId(), client.secret(), null);
        assertProblem(api.get("/api/patients/" + theirs.patient(), token), 403, "patient.not-on-team");
        assertThat(api.get("/api/patients", token).json().get("items").valueStream().map(n -> n.get("id").asLong()).toList())
                .doesNotContain(theirs.patient());
        assertProblem(api.get("/api/handoffs?patient=" + theirs.patient(), token), 403, "patient.not-on-team");
        assertProblem(api.get("/api/patients/999999999", token), 404, "error.not-found");
    }

    @Test
    void onlyAnAdministratorOfTheAssociationRegistersClients() {
        World w = worlds.create();
        World other = worlds.create();
        Assertions.assertThatThrownBy(() -> clients.register(w.hospNurse(), w.hospital(), "x",
                EnumSet.of(ApiScope.PATIENTS_READ), null, null)).isInstanceOf(AccessRefusedException.class);
        Assertions.assertThatThrownBy(() -> clients.register(other.admin(), w.hospital(), "x",
                EnumSet.of(ApiScope.PATIENTS_READ), null, null)).isInstanceOf(AccessRefusedException.class);
        assertThat(clients.list(other.admin())).noneMatch(c -> c.facilityId() == w.hospital());
    }

    private String portalKid() throws Exception {
        var selector = new JWKSelector(new JWKMatcher.Builder().build());
        List<JWK> keys = portalKeys.get(selector, null);
        return keys.getFirst().getKeyID();
    }

    /** A JWT as the portal would issue it, signed with the given keys. */
    static String mint(JWKSource<SecurityContext> keys, String iss, String clientId, Instant issued, Instant expires) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(keys);
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(iss).subject(clientId).claim("client_id", clientId)
                .claim("scope", List.of("patients.read")).issuedAt(issued).notBefore(issued).expiresAt(expires).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    }

    @SuppressWarnings("unused")
    private static final JWSAlgorithm RS256 = JWSAlgorithm.RS256;
}
