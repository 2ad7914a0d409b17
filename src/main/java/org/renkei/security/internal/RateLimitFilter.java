package org.renkei.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per authenticated API client (per address for everything else): {@code burst} requests at once,
 * refilled at {@code requestsPerMinute}. Past it: 429 with Retry-After, and the request goes no further.
 * The buckets live in a bounded cache; an idle client's bucket is forgotten after ten minutes (it would be
 * full again by then).
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final int requestsPerMinute;
    private final int burst;
    private final ApiProblems problems;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    private final SecurityContextHolderStrategy contexts;

    RateLimitFilter(int requestsPerMinute, int burst, ApiProblems problems,
            SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
        this.requestsPerMinute = requestsPerMinute;
        this.burst = burst;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.get(key(request), k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(requestsPerMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setHeader("Retry-After", String.valueOf(seconds));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", seconds);
    }

    /**
     * An authenticated program's own bucket; anything else by the address it comes from. A client id named in a
     * request that has not authenticated (a Basic header, a form field) is never a key: anyone could write it, and
     * so spend another hospital's allowance.
     */
    private String key(HttpServletRequest request) {
        // this application's holder strategy (not the JVM-wide one, which another context in the JVM may have replaced)
        if (contexts.getContext().getAuthentication() instanceof ApiAuthentication api) {
            return "client:" + api.clientId();
        }
        return "addr:" + request.getRemoteAddr();
    }
}
