package org.renkei.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A member's password hash, encrypted TOTP secret and failure count. */
@Entity
@Table(name = "credential")
class Credential {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    private String passwordHash;
    private Instant passwordChangedAt;
    private @Nullable String totpSecret;
    private @Nullable Instant totpEnabledAt;
    private @Nullable Long totpLastStep;
    private int failedAttempts;
    private @Nullable Instant lockedUntil;
    private @Nullable Instant lastLoginAt;
    /** When the member's sessions were last ended; written by {@link Credentials#endSessions} only. */
    @Column(insertable = false, updatable = false)
    private @Nullable Instant sessionsEndedAt;

    @Version
    private long version;

    protected Credential() {
        this.memberId = 0L;
        this.passwordHash = "";
        this.passwordChangedAt = Instant.EPOCH;
    }

    Credential(long memberId, String passwordHash, Instant now) {
        this.memberId = memberId;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    long memberId() {
        return memberId;
    }

    String passwordHash() {
        return passwordHash;
    }

    void changePassword(String hash, Instant now) {
        this.passwordHash = hash;
        this.passwordChangedAt = now;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    @Nullable Instant totpEnabledAt() {
        return totpEnabledAt;
    }

    boolean hasSecondFactor() {
        return totpEnabledAt != null && totpSecret != null;
    }

    @Nullable String encryptedTotpSecret() {
        return totpSecret;
    }

    void enableTotp(String encryptedSecret, long step, Instant now) {
        this.totpSecret = encryptedSecret;
        this.totpEnabledAt = now;
        this.totpLastStep = step;
    }

    void resetTotp() {
        this.totpSecret = null;
        this.totpEnabledAt = null;
        this.totpLastStep = null;
    }

    /** Accepts a TOTP time step once: a code seen before (replayed or shoulder-surfed) is refused. */
    boolean useStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failure; returns true when this failure locked the account. */
    boolean fail(int maxAttempts, Instant lockUntil) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = lockUntil;
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    void succeed(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public @Nullable Instant sessionsEndedAt() {
        return sessionsEndedAt;
    }
}
