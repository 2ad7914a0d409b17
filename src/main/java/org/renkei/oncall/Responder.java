package org.renkei.oncall;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One who answers a patient's call: in which order (1 first call, 2 second, 3 the backup), as what, the doctor (none
 * for a whole clinic or station), the facility and its number, and until when this holds.
 */
public record Responder(int order, ResponderKind kind, @Nullable Long memberId, @Nullable String memberName,
        @Nullable Long facilityId, String facilityName, @Nullable String phone, @Nullable Instant until) {}
