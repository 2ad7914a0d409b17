package org.renkei.patient;

/** What a member may do with a patient's record now; the page and the API read it instead of re-deriving rules. */
public enum PatientAction {
    /** Save the summary as a new version. */
    EDIT_SUMMARY,
    /** Correct the address, phone and insurance (基本情報の修正). */
    EDIT_DETAILS,
    /** Invite members and facilities, change roles, remove others' places. */
    MANAGE_TEAM,
    /** Leave one's own place on the team. */
    LEAVE_TEAM,
    /** Record the patient's withdrawal of consent (the managing facility). */
    WITHDRAW_CONSENT,
    /** Ask another facility to take the record over (the managing facility). */
    REQUEST_TRANSFER
}
