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

/**
 * A one-time link (activation, password reset, confirming a new e-mail address from the old one); only the
 * SHA-256 of its token is stored.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose { ACTIVATION, PASSWORD_RESET, EMAIL_CHANGE }

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
    private @Nullable String newEmail;

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

    /** An e-mail change's link: the address that becomes the member's when the link is used. */
    static AccountToken emailChange(long memberId, String tokenHash, String newEmail, Instant now, Instant expiresAt) {
        AccountToken t = new AccountToken(memberId, Purpose.EMAIL_CHANGE, tokenHash, now, expiresAt);
        t.newEmail = newEmail;
        return t;
    }

    @Nullable String newEmail() {
        return newEmail;
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

    void use(Instant now) {
        usedAt = now;
    }
}
