package org.renkei.directory;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether a facility takes new patients now (新規受け入れ), as it last confirmed it. A confirmation older than
 * {@link #FRESH_FOR} reads as {@link #UNKNOWN}: worked out when read, never stored.
 */
public enum Intake {
    /** 可 */
    ACCEPTING,
    /** 要相談 */
    ASK,
    /** 不可 */
    FULL,
    /** 不明: never said, or last confirmed too long ago. A facility cannot declare it. */
    UNKNOWN;

    /** How long a confirmation holds. */
    public static final Duration FRESH_FOR = Duration.ofDays(30);

    /** What the declared intake reads as at {@code now}. */
    public static Intake asOf(@Nullable Intake declared, @Nullable Instant confirmedAt, Instant now) {
        if (declared == null || confirmedAt == null || !confirmedAt.isAfter(now.minus(FRESH_FOR))) {
            return UNKNOWN;
        }
        return declared;
    }
}
