package org.renkei.directory;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A facility's capabilities as its page shows them: what anyone reads ({@code facility}), and for its administrators
 * what the form needs: the districts it named, the intake as declared however old, what its kind may declare, the
 * districts of its association, what the actor may do now, and the version an edit goes back with (-1: nothing
 * declared yet).
 */
public record CapabilityDetails(FacilityCapabilityInfo facility, Set<Long> districtIds, @Nullable Intake declaredIntake,
        List<Capability> declarable, List<DistrictInfo> districtChoices, Set<CapabilityAction> allowed, long version) {

    public CapabilityDetails {
        districtIds = Set.copyOf(districtIds);
        declarable = List.copyOf(declarable);
        districtChoices = List.copyOf(districtChoices);
        allowed = Set.copyOf(allowed);
    }
}
