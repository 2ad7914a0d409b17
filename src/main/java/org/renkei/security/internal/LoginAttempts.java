package org.renkei.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.security.Actor;
import org.renkei.security.SecurityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed passwords and codes and locks the account after too many in a row. An attempt is counted
 * <em>before</em> it is checked, in one SQL statement that also refuses it when the account is locked or as many
 * attempts as are allowed are already under way: guesses sent all at once cannot outrun the count, and an
 * attempt whose check fails with an error stays counted. A right answer gives its count back. Each count is
 * committed on its own, because the login that caused it fails (and would roll it back).
 * <p>
 * Each lock lasts twice as long as the one before (from {@code first-lock-duration} up to {@code lock-duration}),
 * until the member logs in: a stranger who knows a login id locks it briefly, a guesser is slowed more and more.
 */
@Component
class LoginAttempts {

    private final JdbcTemplate jdbc;
    private final SecurityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttempts(JdbcTemplate jdbc, SecurityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes an attempt from the account's allowance, to be checked next; false when the account is locked or the
     * allowance is spent (the account is then locked, if it was not).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean start(long memberId, String loginId, @Nullable Actor actor) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        int taken = jdbc.update("""
                UPDATE credential SET failed_attempts = failed_attempts + 1
                WHERE member_id = ? AND (locked_until IS NULL OR locked_until <= ?) AND failed_attempts < ?""",
                memberId, now, properties.maxFailedAttempts());
        if (taken == 1) {
            return true;
        }
        lockIfSpent(memberId, loginId, actor);
        return false;
    }

    /** A wrong password or code (already counted by {@link #start}); returns the end of the lock when it locked the account. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public @Nullable Instant fail(long memberId, String loginId, @Nullable Actor actor, String what) {
        events.publishEvent(new SecurityEvent("login.failed", memberId, loginId, actor, what));
        return lockIfSpent(memberId, loginId, actor);
    }

    /** A right password: its attempt is given back (the second factor decides the rest). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void giveBack(long memberId) {
        jdbc.update("UPDATE credential SET failed_attempts = GREATEST(failed_attempts - 1, 0) WHERE member_id = ?", memberId);
    }

    /** A completed login: no failures, no lock, and the next lock starts short again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void succeeded(long memberId) {
        jdbc.update("UPDATE credential SET failed_attempts = 0, locked_until = NULL, locks = 0 WHERE member_id = ?", memberId);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(@Nullable Long memberId, String loginId, @Nullable Actor actor, String why) {
        events.publishEvent(new SecurityEvent("login.refused", memberId, loginId, actor, why));
    }

    private @Nullable Instant lockIfSpent(long memberId, String loginId, @Nullable Actor actor) {
        Instant now = Instant.now(clock);
        Integer locks = jdbc.queryForList("SELECT locks FROM credential WHERE member_id = ?", Integer.class, memberId)
                .stream().findFirst().orElse(0);
        Instant until = now.plus(lockDuration(locks == null ? 0 : locks));
        int locked = jdbc.update("""
                UPDATE credential SET locked_until = ?, failed_attempts = 0, locks = locks + 1
                WHERE member_id = ? AND failed_attempts >= ? AND (locked_until IS NULL OR locked_until <= ?)""",
                Timestamp.from(until), memberId, properties.maxFailedAttempts(), Timestamp.from(now));
        if (locked == 0) {
            return null;
        }
        events.publishEvent(new SecurityEvent("account.locked", memberId, loginId, actor, "until " + until));
        return until;
    }

    private Duration lockDuration(int earlierLocks) {
        Duration d = properties.firstLockDuration().multipliedBy(1L << Math.min(earlierLocks, 20));
        return d.compareTo(properties.lockDuration()) > 0 ? properties.lockDuration() : d;
    }
}
