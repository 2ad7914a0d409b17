package org.renkei.directory;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A facility as administrators see it. {@code version} goes back with an edit, so a stale edit is refused. */
public record FacilityInfo(long id, long associationId, String associationName, @Nullable Long districtId,
        @Nullable String districtName, FacilityType type, String name, String nameKana, @Nullable String officialCode,
        String postalCode, String address, String phone, @Nullable String fax, String email, FacilityStatus status,
        Instant appliedAt, @Nullable Instant decidedAt, @Nullable String decisionNote, @Nullable String statusReason,
        long version) {}
