package org.renkei.security.internal;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code renkei.api.*}: the portal's own token issuer, the external issuers it also trusts, and the abuse
 * limits of {@code /api/**}.
 *
 * @param issuer            the {@code iss} of the tokens the portal issues (its public base URL)
 * @param tokenLifetime     how long an access token from the portal is good for
 * @param externalIssuers   issuers (OIDC providers such as Keycloak) whose tokens are accepted too, for clients
 *                          registered with that issuer; their keys are fetched from the issuer's metadata
 * @param requestsPerMinute sustained requests a client may make per minute
 * @param burst             requests a client may make at once before the rate applies
 * @param maxBodySize       the largest request body accepted; larger ones get 413 before any work is done
 * @param audience          the {@code aud} an external issuer's token must name (the issuer serves other
 *                          applications too: a token it made for one of them is no key to this portal); defaults
 *                          to {@code issuer}
 */
@Validated
@ConfigurationProperties("renkei.api")
public record ApiProperties(
        String issuer,
        Duration tokenLifetime,
        @Nullable List<String> externalIssuers,
        @Min(1) int requestsPerMinute,
        @Min(1) int burst,
        DataSize maxBodySize,
        @Nullable String audience) {

    public ApiProperties {
        externalIssuers = externalIssuers == null ? List.of() : List.copyOf(externalIssuers);
        audience = audience == null || audience.isBlank() ? issuer : audience;
    }
}
