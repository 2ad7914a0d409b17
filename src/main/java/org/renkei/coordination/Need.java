package org.renkei.coordination;

import org.renkei.patient.TeamRole;

/** What the requester needs found; labels under {@code coordination.need.*}. */
public enum Need {
    HOME_DOCTOR, VISITING_NURSE, HOME_DENTAL, PHARMACY, CARE_FACILITY, SHORT_STAY, BACKUP_BED, PAEDIATRIC_SUPPORT, OTHER;

    /** The kind of facility the desk looks for (none: any). */
    public org.renkei.directory.@org.jspecify.annotations.Nullable FacilityType facilityType() {
        return switch (this) {
            case HOME_DOCTOR, PAEDIATRIC_SUPPORT -> org.renkei.directory.FacilityType.CLINIC;
            case VISITING_NURSE -> org.renkei.directory.FacilityType.VISITING_NURSE_STATION;
            case HOME_DENTAL -> org.renkei.directory.FacilityType.DENTAL_CLINIC;
            case PHARMACY -> org.renkei.directory.FacilityType.PHARMACY;
            case SHORT_STAY, BACKUP_BED -> org.renkei.directory.FacilityType.HOSPITAL;
            case CARE_FACILITY, OTHER -> null;
        };
    }

    /** The place on the patient's team a matched facility takes, when it joins one. */
    public TeamRole role() {
        return switch (this) {
            case HOME_DOCTOR, PAEDIATRIC_SUPPORT -> TeamRole.PRIMARY_PHYSICIAN;
            case VISITING_NURSE -> TeamRole.VISITING_NURSE;
            case HOME_DENTAL -> TeamRole.DENTAL;
            case PHARMACY -> TeamRole.PHARMACIST;
            case CARE_FACILITY, SHORT_STAY, OTHER -> TeamRole.CARE_WORKER;
            case BACKUP_BED -> TeamRole.HOSPITAL;
        };
    }
}
