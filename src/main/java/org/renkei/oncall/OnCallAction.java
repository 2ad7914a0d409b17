package org.renkei.oncall;

/** What a member may do with an agreement, absence, slot or report, as the aggregate decides it. */
public enum OnCallAction { ACCEPT, DECLINE, END, CANCEL, ASSIGN, CONFIRM, RECORD_CALL, CHOOSE_BRIEF }
