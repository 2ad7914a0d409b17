package org.renkei.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The signed login cookie: what it carries, and what it refuses (a changed value, another key, its time passed). */
class LoginCookieTest {

    private static final Instant T0 = Instant.parse("2026-11-30T01:00:00Z");
    private static final Instant LOGGED_IN = T0.minusSeconds(600);

    private static LoginCookie cookie(String key, Instant now) {
        return new LoginCookie(new SecurityProperties(5, Duration.ofMinutes(15), Duration.ofDays(3), Duration.ofHours(1), key,
                "salt", null, null, null), Duration.ofMinutes(30), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String issued(LoginCookie c) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        c.issue(new MockHttpServletRequest(), response, 42, LOGGED_IN);
        String header = response.getHeader("Set-Cookie");
        assertThat(header).startsWith(LoginCookie.NAME + "=").contains("HttpOnly").contains("SameSite=Lax").contains("Max-Age=1800");
        return header.substring(LoginCookie.NAME.length() + 1, header.indexOf(';'));
    }

    @Test
    void itCarriesTheLoginUntilTheIdleTimeoutAndNothingChangedPasses() {
        LoginCookie c = cookie("key-one", T0);
        String value = issued(c);
        assertThat(c.parse(value)).hasValueSatisfying(l -> {
            assertThat(l.memberId()).isEqualTo(42);
            assertThat(l.loggedInAt()).isEqualTo(LOGGED_IN);
            assertThat(l.expires()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        });
        // another member's number, a later login time, another node's key, an extended expiry: all refused
        assertThat(c.parse(value.replaceFirst("v1\\.42\\.", "v1.43."))).isEmpty();
        assertThat(c.parse(value.replace("." + LOGGED_IN.toEpochMilli() + ".", "." + T0.toEpochMilli() + "."))).isEmpty();
        assertThat(cookie("key-two", T0).parse(value)).isEmpty();
        String[] parts = value.split("\\.");
        assertThat(c.parse(String.join(".", parts[0], parts[1], parts[2], String.valueOf(Long.parseLong(parts[3]) + 3600),
                parts[4]))).isEmpty();
        assertThat(c.parse("garbage")).isEmpty();
        assertThat(c.parse("")).isEmpty();
        // half an hour idle: gone
        assertThat(cookie("key-one", T0.plus(Duration.ofMinutes(30))).parse(value)).isEmpty();
        assertThat(cookie("key-one", T0.plus(Duration.ofMinutes(29))).parse(value)).isPresent();
    }

    @Test
    void anActiveMembersCookieIsRenewedEveryFewMinutesNotOnEveryRequest() {
        String value = issued(cookie("key-one", T0));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie(LoginCookie.NAME, value));

        MockHttpServletResponse soon = new MockHttpServletResponse();
        cookie("key-one", T0.plus(Duration.ofMinutes(4))).renewIfDue(request, soon, 42, LOGGED_IN);
        assertThat(soon.getHeader("Set-Cookie")).isNull();

        MockHttpServletResponse later = new MockHttpServletResponse();
        LoginCookie sixMinutesOn = cookie("key-one", T0.plus(Duration.ofMinutes(6)));
        sixMinutesOn.renewIfDue(request, later, 42, LOGGED_IN);
        String renewed = later.getHeader("Set-Cookie");
        assertThat(renewed).isNotNull();
        assertThat(sixMinutesOn.parse(renewed.substring(LoginCookie.NAME.length() + 1, renewed.indexOf(';'))))
                .hasValueSatisfying(l -> assertThat(l.expires()).isEqualTo(T0.plus(Duration.ofMinutes(36))));
    }
}
