package org.renkei.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Bearer tokens outside HTTP (a STOMP CONNECT frame): the same checks as {@code /api/**} — signature,
 * issuer, lifetime, the client still registered and active — giving an authentication whose principal is
 * the {@link Actor} the client acts as and whose authorities are its scopes.
 */
public interface BearerTokens {

    /** @throws org.springframework.security.core.AuthenticationException when the token is not good */
    Authentication authenticate(String token);

    /** When the token behind an authentication from {@link #authenticate} stops being good (its {@code exp}). */
    static java.time.@Nullable Instant expiresAt(Authentication authentication) {
        return authentication.getCredentials() instanceof Jwt jwt ? jwt.getExpiresAt() : null;
    }
}
