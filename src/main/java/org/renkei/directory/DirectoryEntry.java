package org.renkei.directory;

/** A colleague as every member may find them: enough to know who they are and where to reach them. */
public record DirectoryEntry(long memberId, String name, String nameKana, Profession profession, long facilityId,
        String facilityName, FacilityType facilityType, String facilityPhone, String associationName,
        String districtName) {}
