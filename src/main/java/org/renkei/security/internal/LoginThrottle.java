package org.renkei.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A delay per address in front of the password step, against password spraying (one password tried on many login
 * ids, which no account's lock sees). An address may fail {@code free} times; after that each failure makes it wait
 * twice as long as the last (5 s, 10 s, 20 s … up to {@code longest}) before its next login is even looked at. A
 * successful login forgets the address's failures (a hospital's staff share one address), and so does an hour
 * without any. Per node, in memory: a cluster's load balancer keeps an address on one node.
 */
final class LoginThrottle extends OncePerRequestFilter {

    private static final class Failures {
        int count;
        Instant waitUntil = Instant.EPOCH;
    }

    private final int free;
    private final Duration longest;
    private final Clock clock;
    private final Cache<String, Failures> byAddress = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofHours(1)).build();

    LoginThrottle(int free, Duration longest, Clock clock) {
        this.free = free;
        this.longest = longest;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.equals("/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Failures f = byAddress.getIfPresent(request.getRemoteAddr());
        Instant now = Instant.now(clock);
        if (f != null) {
            Instant until;
            synchronized (f) {
                until = f.waitUntil;
            }
            if (until.isAfter(now)) {
                long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
                response.setHeader("Retry-After", String.valueOf(seconds));
                String accept = request.getHeader("Accept");
                if (accept != null && accept.contains("text/html")) {
                    response.sendRedirect(request.getContextPath() + "/login?error=throttled");
                } else {
                    response.sendError(429);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A failed password step from this address. */
    void failed(HttpServletRequest request) {
        Failures f = byAddress.get(request.getRemoteAddr(), a -> new Failures());
        synchronized (f) {
            f.count++;
            int over = f.count - free;
            if (over > 0) {
                Duration wait = Duration.ofSeconds(5L << Math.min(over - 1, 20));
                f.waitUntil = Instant.now(clock).plus(wait.compareTo(longest) > 0 ? longest : wait);
            }
        }
        byAddress.put(request.getRemoteAddr(), f);
    }

    /** A right password from this address: its failures are forgotten. */
    void succeeded(HttpServletRequest request) {
        byAddress.invalidate(request.getRemoteAddr());
    }
}
