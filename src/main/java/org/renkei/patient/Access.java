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
    EMERGENCY;

    public boolean mayRead() {
        return this != NONE;
    }

    public boolean mayWrite() {
        return this == TEAM;
    }
}
