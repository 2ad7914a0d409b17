package org.renkei.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.unit.DataSize;

/** An external issuer's token must name this portal in {@code aud}: one it made for another application is refused. */
class ExternalIssuerAudienceTest {

    private static final String ISSUER = "https://idp.example.jp/realms/tokyo";
    private static final String PORTAL = "https://renkei.example.jp";

    private static Jwt token(Object audience) {
        Instant now = Instant.now();
        Jwt.Builder b = Jwt.withTokenValue("t").header("alg", "RS256").issuer(ISSUER).subject("hospital-system")
                .issuedAt(now).expiresAt(now.plusSeconds(300));
        if (audience != null) {
            b.claim("aud", audience);
        }
        return b.build();
    }

    @Test
    void aTokenForAnotherApplicationOrForNoneIsRefusedAndOneForThePortalPasses() {
        OAuth2TokenValidator<Jwt> validator = ApiSecurityConfiguration.externalValidator(ISSUER, PORTAL);
        assertThat(validator.validate(token(List.of("https://other-app.example.jp"))).hasErrors()).isTrue();
        assertThat(validator.validate(token(null)).hasErrors()).isTrue();
        assertThat(validator.validate(token(List.of("account", PORTAL))).hasErrors()).isFalse();
        assertThat(validator.validate(token(PORTAL)).hasErrors()).isFalse();
    }

    @Test
    void theAudienceIsThePortalsIssuerUnlessConfigured() {
        ApiProperties defaults = new ApiProperties(PORTAL, Duration.ofMinutes(10), null, 600, 120,
                DataSize.ofMegabytes(2), null);
        assertThat(defaults.audience()).isEqualTo(PORTAL);
    }
}
