package org.renkei.directory;

import org.renkei.platform.AccessRefusedException;
import org.renkei.security.Actor;
import org.renkei.security.Role;

/** Who administers what in the directory. Every service method asks here before it reads or changes. */
final class Permissions {

    private Permissions() {}

    static void requireSystemAdmin(Actor actor) {
        if (!actor.isSystemAdmin()) {
            throw new AccessRefusedException("error.system-admin-only");
        }
    }

    /** The association's administrators (or the portal's operators). */
    static void requireAdministers(Actor actor, long associationId) {
        if (!actor.administers(associationId)) {
            throw new AccessRefusedException("error.other-association");
        }
    }

    /** Any administrator at all: for lists that the service then narrows to what the actor administers. */
    static void requireSomeAdministration(Actor actor) {
        if (!actor.isSystemAdmin() && !actor.has(Role.ASSOCIATION_ADMIN) && !actor.has(Role.FACILITY_ADMIN)) {
            throw new AccessRefusedException("error.admin-only");
        }
    }

    /** The facility's own administrator, or its association's administrators. */
    static void requireManagesStaff(Actor actor, long facilityId, long associationId) {
        if (!managesStaff(actor, facilityId, associationId)) {
            throw new AccessRefusedException("error.other-facility");
        }
    }

    static boolean managesStaff(Actor actor, long facilityId, long associationId) {
        return actor.administersFacility(facilityId) || actor.administers(associationId);
    }

    static void requireMember(Actor actor) {
        if (!actor.has(Role.MEMBER)) {
            throw new AccessRefusedException();
        }
    }
}
