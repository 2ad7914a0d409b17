package org.renkei.directory;

/** What a member may do with a facility's capabilities now, as {@code CapabilityProfile.allowedActions} decides it. */
public enum CapabilityAction {
    /** Declare what the facility takes on, the districts it serves, its hours and its intake. */
    DECLARE,
    /** Confirm today's intake (受け入れ状況の確認): stamps the time. */
    CONFIRM_INTAKE
}
