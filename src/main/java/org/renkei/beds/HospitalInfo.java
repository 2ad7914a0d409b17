package org.renkei.beds;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A programme hospital as the board shows it: today's free beds as last said, when and by whom; {@code fresh} is false
 * when that is more than a day ago (shown greyed out); {@code mayUpdate} when the reader works there;
 * {@code responderIds} the members who answer requests (none: all are told).
 */
public record HospitalInfo(long id, long programmeId, String programmeName, long facilityId, String name, int bedsPerDay,
        String hotline, String hours, @Nullable Integer freeBeds, @Nullable Instant updatedAt, @Nullable String updatedBy,
        boolean fresh, boolean active, boolean mayUpdate, List<Long> responderIds) {}
