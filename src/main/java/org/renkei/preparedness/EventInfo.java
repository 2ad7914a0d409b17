package org.renkei.preparedness;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A disaster event as lists show it: what, where, since when, how the checks stand, and whether this member runs it. */
public record EventInfo(long id, EventKind kind, String title, long districtId, String districtName, Instant startedAt,
        String declaredBy, @Nullable Instant endedAt, @Nullable String endedBy, @Nullable String reviewNote,
        Map<CheckState, Integer> counts, int mine, boolean runs) {

    public boolean open() {
        return endedAt == null;
    }
}
