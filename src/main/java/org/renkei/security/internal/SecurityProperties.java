package org.renkei.security.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code renkei.security.*}: lockout, link lifetimes, and the key that encrypts TOTP secrets at rest.
 *
 * @param maxFailedAttempts   failed passwords or codes in a row before the account locks
 * @param lockDuration        the longest a lock lasts unless an administrator lifts it sooner
 * @param addressFreeFailures failed password steps an address may make before it must wait
 * @param addressLongestWait  the longest an address waits after a failed password step
 * @param firstLockDuration   how long the first lock lasts; each further one (before a login) lasts twice as long
 * @param activationValidity  how long an activation link works
 * @param resetValidity       how long a password-reset link works
 * @param totpKey             the passphrase that encrypts TOTP secrets in the database
 * @param totpSalt            hex salt for that key
 */
@Validated
@ConfigurationProperties("renkei.security")
public record SecurityProperties(
        @Min(1) int maxFailedAttempts,
        Duration lockDuration,
        Duration activationValidity,
        Duration resetValidity,
        @NotBlank String totpKey,
        @NotBlank String totpSalt,
        @Nullable Duration firstLockDuration,
        @Nullable Integer addressFreeFailures,
        @Nullable Duration addressLongestWait) {

    public SecurityProperties {
        firstLockDuration = firstLockDuration == null ? Duration.ofMinutes(1) : firstLockDuration;
        addressFreeFailures = addressFreeFailures == null ? 10 : addressFreeFailures;
        addressLongestWait = addressLongestWait == null ? Duration.ofMinutes(15) : addressLongestWait;
    }
}
