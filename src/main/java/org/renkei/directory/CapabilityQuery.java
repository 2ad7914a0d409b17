package org.renkei.directory;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a capability search asks for; every part optional: a kind of facility, capabilities it must all take on, a
 * district it must serve, the intake it must have now, and a text in its name or reading.
 */
public record CapabilityQuery(@Nullable FacilityType type, Set<Capability> capabilities, @Nullable Long districtId,
        IntakeFilter intake, @Nullable String text) {

    public CapabilityQuery {
        capabilities = Set.copyOf(capabilities);
    }

    /** Facilities of the district that take all these on and accept new patients now (or ask to be consulted). */
    public static CapabilityQuery candidates(long districtId, IntakeFilter intake, Set<Capability> capabilities) {
        return new CapabilityQuery(null, capabilities, districtId, intake, null);
    }
}
