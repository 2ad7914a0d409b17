package org.renkei.directory;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a facility's administrator declares about it: what it takes on, the districts (of its association) it serves, a
 * radius from its address (informational: the search matches by districts), its hours (≤ 200 characters) and whether it
 * takes new patients now (null: not said).
 */
public record CapabilityDeclaration(Set<Capability> capabilities, Set<Long> districtIds, @Nullable Integer radiusKm,
        @Nullable String hours, @Nullable Intake intake) {

    public CapabilityDeclaration {
        capabilities = Set.copyOf(capabilities);
        districtIds = Set.copyOf(districtIds);
    }
}
