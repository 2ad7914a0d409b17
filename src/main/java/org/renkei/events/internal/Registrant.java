package org.renkei.events.internal;

import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberStatus;
import org.renkei.directory.Profession;

/** Who registers, as the directory knows them now (the service looks them up; the meeting decides). */
public record Registrant(long memberId, String name, Profession profession, long facilityId, String facilityName,
        FacilityType facilityType, long associationId, MemberStatus status, boolean facilityActive) {

    /** Active, of an active facility: who may register and check in (not suspended, detached, nor a program). */
    public boolean active() {
        return status == MemberStatus.ACTIVE && facilityActive;
    }
}
