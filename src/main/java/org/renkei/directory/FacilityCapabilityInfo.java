package org.renkei.directory;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A facility as the capability search finds it: how to reach it, the districts it serves (its own when it named none),
 * what it takes on (in the order of {@link Capability}), its hours, and its intake as of now ({@link Intake#UNKNOWN}
 * when never said or confirmed more than 30 days ago) with when it was last confirmed.
 */
public record FacilityCapabilityInfo(long id, String name, String nameKana, FacilityType type, long associationId,
        String phone, String postalCode, String address, List<String> districts, List<Capability> capabilities,
        @Nullable Integer radiusKm, @Nullable String hours, Intake intake, @Nullable Instant intakeConfirmedAt) {

    public FacilityCapabilityInfo {
        districts = List.copyOf(districts);
        capabilities = List.copyOf(capabilities);
    }
}
