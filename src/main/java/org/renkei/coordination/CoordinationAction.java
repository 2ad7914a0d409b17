package org.renkei.coordination;

/** What a member may do with a request, as the aggregate decides it. */
public enum CoordinationAction { INQUIRE, PROPOSE, ACCEPT_MATCH, DECLINE_MATCH, CLOSE_UNMATCHED, COMPLETE, WITHDRAW, LINK_PATIENT, INVITE }
