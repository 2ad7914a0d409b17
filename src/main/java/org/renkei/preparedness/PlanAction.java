package org.renkei.preparedness;

/** What a member may do to a plan now; the plan page shows these buttons and the API the same set. */
public enum PlanAction { EDIT, EDIT_DEVICES, CONFIRM_MEDICAL, SUBMIT, RECORD_CONSENT, REVISE, ASSIGN_CHECKER, GRANT }
