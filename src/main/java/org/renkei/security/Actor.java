package org.renkei.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The member on whose behalf a service runs: the principal of a logged-in session. Services take it
 * as a parameter and decide from it (and their own data) what the member may do.
 *
 * @param facilityId    the member's facility; null for the portal's operators
 * @param associationId the association of that facility (地区医師会); null for the portal's operators
 */
public record Actor(
        long memberId,
        String loginId,
        String name,
        @Nullable Long facilityId,
        @Nullable String facilityName,
        @Nullable Long associationId,
        Set<Role> roles) implements Serializable, Principal {

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** As a {@link java.security.Principal}: the member id, which STOMP user destinations are addressed by. */
    @Override
    public String getName() {
        return String.valueOf(memberId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isSystemAdmin() {
        return has(Role.SYSTEM_ADMIN);
    }

    /** An administrator of this association (the portal's operators administer every association). */
    public boolean administers(long association) {
        return isSystemAdmin() || (has(Role.ASSOCIATION_ADMIN) && associationId != null && associationId == association);
    }

    /** Whether the member works at this facility (false for the portal's operators, who work at none). */
    public boolean worksAt(@Nullable Long facility) {
        return facilityId != null && facilityId.equals(facility);
    }

    /** The administrator of this facility's staff. */
    public boolean administersFacility(long facility) {
        return has(Role.FACILITY_ADMIN) && facilityId != null && facilityId == facility;
    }
}
