package org.renkei.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the viewer narrows the log to; every part is optional. Dates are days in Tokyo, both ends included.
 *
 * @param actor  part of the acting member's name or their member id
 * @param target part of the target's name
 */
public record AuditFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String action,
        @Nullable String actor, @Nullable String target, @Nullable Long actorId, @Nullable Long targetMemberId,
        @Nullable Long patientId) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null);
    }
}
