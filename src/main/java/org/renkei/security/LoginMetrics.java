package org.renkei.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logins as an operator watches them (Prometheus): {@code renkei.logins} by outcome: succeeded, failed (a wrong password
 * or code), refused (a suspended or detached member, the address throttle) and locked (an account locked by failures).
 */
@Component
class LoginMetrics {

    private final Map<String, Counter> byAction;

    LoginMetrics(MeterRegistry registry) {
        byAction = Map.of(
                "login.succeeded", counter(registry, "succeeded"),
                "login.failed", counter(registry, "failed"),
                "login.refused", counter(registry, "refused"),
                "account.locked", counter(registry, "locked"));
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("renkei.logins").tag("outcome", outcome).description("login attempts by outcome").register(registry);
    }

    @EventListener
    void on(SecurityEvent event) {
        Counter c = byAction.get(event.action());
        if (c != null) {
            c.increment();
        }
    }
}
