package org.renkei.oncall;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A rota slot: when, the doctor and the backup (none: a gap), and whether the reader may assign it. */
public record SlotInfo(long id, long poolId, String poolName, Instant startsAt, Instant endsAt, @Nullable Long coveringMemberId,
        @Nullable String coveringName, @Nullable String coveringFacilityName, @Nullable Long backupMemberId,
        @Nullable String backupName, boolean mayAssign) {

    public boolean gap() {
        return coveringMemberId == null;
    }
}
