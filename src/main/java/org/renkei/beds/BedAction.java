package org.renkei.beds;

/** What a member may do with a request, as the aggregate decides it. */
public enum BedAction { CONFIRM, PASS_ON, WITHDRAW, ACCEPT, DECLINE, ADMIT, DISCHARGE, FORWARD, OPEN_ADMISSION_HANDOFF }
