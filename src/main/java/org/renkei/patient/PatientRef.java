package org.renkei.patient;

/** A patient as other modules refer to it once access is granted: enough to name it and log about it. */
public record PatientRef(long id, String name, long associationId, long managingFacilityId, PatientStatus status) {}
