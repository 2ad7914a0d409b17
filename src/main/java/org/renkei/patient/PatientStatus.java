package org.renkei.patient;

/** Whether a patient's information is shared. */
public enum PatientStatus {
    /** 共有中: consent in force. */
    ACTIVE,
    /** 同意撤回: nothing new is shared; the record is readable by the managing facility (and the access log) only. */
    FROZEN
}
