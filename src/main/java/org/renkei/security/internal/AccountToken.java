package org.renkei.security.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A one-time link (activation or password reset); only the SHA-256 of its token is stored. */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose { ACTIVATION, PASSWORD_RESET }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long memberId;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant usedAt;

    protected AccountToken() {
        this.purpose = Purpose.ACTIVATION;
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    AccountToken(long memberId, Purpose purpose, String tokenHash, Instant now, Instant expiresAt) {
        this.memberId = memberId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    long memberId() {
        return memberId;
    }

    Purpose purpose() {
        return purpose;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    boolean isExpired(Instant now) {
        return usedAt == null && !expiresAt.isAfter(now);
    }

    void use(Instant now) {
        usedAt = now;
    }
}
