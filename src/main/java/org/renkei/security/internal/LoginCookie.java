package org.renkei.security.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The login, signed, in a cookie of its own ({@value #NAME}), so that it outlives the node that took it: when a node
 * crashes or is lost, the member's next request reaches another node, which has no session for them but finds the
 * cookie and resumes the login ({@link SharedLogin}) after checking the account as it is now. Only the login travels,
 * not the Vaadin UI state (the page reloads).
 *
 * <p>The value is {@code v1.<member>.<logged in at, ms>.<expires, s>.<HMAC-SHA256>}: nothing secret, nothing a reader
 * could change, HttpOnly and SameSite=Lax. The key is derived from {@code renkei.security.totp-key}, which every node of
 * a cluster shares already. It expires with the session's idle timeout: it is renewed (at most every
 * {@value #RENEW_MINUTES} minutes) while the member is active, so an idle member's cookie dies at the latest when the
 * session would; logging out clears it, and ended sessions (suspended, detached, rights changed, a new password or
 * second factor) refuse it on every node, through the account.
 */
@Component
class LoginCookie {

    static final String NAME = "RENKEI_LOGIN";
    static final int RENEW_MINUTES = 5;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** A login as the cookie says it. */
    record Login(long memberId, Instant loggedInAt, Instant expires) {}

    private final SecretKeySpec key;
    private final Duration idle;
    private final Clock clock;

    LoginCookie(SecurityProperties properties, @Value("${server.servlet.session.timeout:30m}") Duration idle, Clock clock) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(properties.totpKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            this.key = new SecretKeySpec(derive.doFinal("renkei login cookie v1".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.idle = idle;
        this.clock = clock;
    }

    /** Sets (or renews) the cookie for a login, valid for the idle timeout from now. */
    void issue(HttpServletRequest request, HttpServletResponse response, long memberId, Instant loggedInAt) {
        Instant expires = Instant.now(clock).plus(idle);
        String payload = "v1." + memberId + "." + loggedInAt.toEpochMilli() + "." + expires.getEpochSecond();
        write(request, response, payload + "." + B64.encodeToString(mac(payload)), idle);
    }

    /** Renews the cookie of an active member when it was issued more than a few minutes ago (or is missing). */
    void renewIfDue(HttpServletRequest request, HttpServletResponse response, long memberId, Instant loggedInAt) {
        Optional<Login> now = read(request);
        if (now.isEmpty() || now.get().memberId() != memberId
                || now.get().expires().minus(idle).plus(Duration.ofMinutes(RENEW_MINUTES)).isBefore(Instant.now(clock))) {
            issue(request, response, memberId, loggedInAt);
        }
    }

    void clear(HttpServletRequest request, HttpServletResponse response) {
        write(request, response, "", Duration.ZERO);
    }

    /** The login in the request's cookie when its signature holds and it has not expired. */
    Optional<Login> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (NAME.equals(c.getName())) {
                return parse(c.getValue());
            }
        }
        return Optional.empty();
    }

    Optional<Login> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        int last = value.lastIndexOf('.');
        if (last < 0) {
            return Optional.empty();
        }
        String payload = value.substring(0, last);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(value.substring(last + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac(payload), given)) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 4 || !"v1".equals(parts[0])) {
            return Optional.empty();
        }
        try {
            Login login = new Login(Long.parseLong(parts[1]), Instant.ofEpochMilli(Long.parseLong(parts[2])),
                    Instant.ofEpochSecond(Long.parseLong(parts[3])));
            return login.expires().isAfter(Instant.now(clock)) ? Optional.of(login) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
        response.addHeader("Set-Cookie", ResponseCookie.from(NAME, value).path("/").httpOnly(true).sameSite("Lax")
                .secure(request.isSecure()).maxAge(maxAge).build().toString());
    }
}
