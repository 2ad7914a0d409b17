package org.renkei.events.internal;

import java.util.EnumSet;
import java.util.Set;
import org.renkei.directory.FacilityType;
import org.renkei.security.Actor;
import org.renkei.security.Role;

/**
 * The facility that holds a meeting: the association's office, a 区's desk, a hospital (院内研修 open to the district) or
 * a 地域包括支援センター. Its administrators organise (the association's administrators for the office), and so does
 * its program through the API.
 */
public record Organiser(long facilityId, String name, FacilityType type, long associationId) {

    /** The kinds of facility that hold meetings for others. */
    public static final Set<FacilityType> KINDS = EnumSet.of(FacilityType.ASSOCIATION_OFFICE, FacilityType.MUNICIPAL_SUPPORT_DESK,
            FacilityType.HOSPITAL, FacilityType.COMMUNITY_SUPPORT_CENTER);

    public boolean administeredBy(Actor actor) {
        if (actor.administersFacility(facilityId)) {
            return true;
        }
        if (actor.has(Role.API_CLIENT) && actor.worksAt(facilityId)) {
            return true;
        }
        return type == FacilityType.ASSOCIATION_OFFICE && actor.administers(associationId);
    }
}
