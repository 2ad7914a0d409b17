package org.renkei.events;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;

/**
 * What the organiser announces: kind, title, when and where (a place, a video link, or both), whom it is for (no
 * profession or facility type named: everyone), whether members of other associations may come, the seats in all and
 * per profession, the registration deadline, and whether a certificate (修了証) is given.
 */
public record MeetingPlan(MeetingKind kind, String title, @Nullable String description, Instant startsAt, Instant endsAt,
        @Nullable String place, @Nullable String videoUrl, boolean openToAll, Set<Profession> professions,
        Set<FacilityType> facilityTypes, @Nullable Integer capacity, Map<Profession, Integer> quotas, @Nullable Instant deadline,
        boolean certificate) {

    public MeetingPlan {
        professions = Set.copyOf(professions);
        facilityTypes = Set.copyOf(facilityTypes);
        quotas = Map.copyOf(quotas);
    }
}
