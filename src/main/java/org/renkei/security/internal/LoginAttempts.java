package org.renkei.security.internal;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.security.Actor;
import org.renkei.security.SecurityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed passwords and codes and locks the account after too many in a row. Each count is
 * committed on its own, because the login that caused it fails (and would roll it back).
 */
@Component
class LoginAttempts {

    private final Credentials credentials;
    private final SecurityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttempts(Credentials credentials, SecurityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.credentials = credentials;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Records a failure; returns the end of the lock when this failure locked the account. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public @Nullable Instant fail(long memberId, String loginId, @Nullable Actor actor, String what) {
        Credential credential = credentials.findById(memberId).orElseThrow();
        Instant now = Instant.now(clock);
        events.publishEvent(new SecurityEvent("login.failed", memberId, loginId, actor, what));
        if (credential.fail(properties.maxFailedAttempts(), now.plus(properties.lockDuration()))) {
            events.publishEvent(new SecurityEvent("account.locked", memberId, loginId, actor,
                    "until " + credential.lockedUntil()));
            return credential.lockedUntil();
        }
        return null;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(@Nullable Long memberId, String loginId, @Nullable Actor actor, String why) {
        events.publishEvent(new SecurityEvent("login.refused", memberId, loginId, actor, why));
    }
}
