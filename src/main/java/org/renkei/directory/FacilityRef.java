package org.renkei.directory;

/** A facility as other modules refer to it: who it is and whether it is in use. */
public record FacilityRef(long id, String name, FacilityType type, long associationId, FacilityStatus status) {}
