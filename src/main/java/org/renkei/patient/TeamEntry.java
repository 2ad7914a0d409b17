package org.renkei.patient;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;

/** A place on the care team: a member (with their facility) or a whole facility. */
public record TeamEntry(long id, @Nullable Long memberId, @Nullable String memberName, @Nullable Profession profession,
        @Nullable Long facilityId, String facilityName, @Nullable FacilityType facilityType, TeamRole role,
        Instant addedAt, String addedByName) {

    public boolean wholeFacility() {
        return memberId == null;
    }
}
