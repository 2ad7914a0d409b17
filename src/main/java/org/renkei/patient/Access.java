package org.renkei.patient;

/** What a member may do with a patient, as {@link PatientAccess} decides it. */
public enum Access {
    /** Nothing: not on the team (or not covered by the consent), no emergency access. */
    NONE,
    /** On the team and covered by the consent: read and write. */
    TEAM,
    /** Consent withdrawn; the managing facility may still read (nothing new is shared). */
    FROZEN_READ,
    /** 緊急閲覧: read only, for a limited time, with a stated reason. */
    EMERGENCY,
    /** 代診: read only, while the member covers the patient's 主治医 (an absence, a rota slot, a pair's night). */
    COVER;

    public boolean mayRead() {
        return this != NONE;
    }

    public boolean mayWrite() {
        return this == TEAM;
    }
}
