package org.renkei.handoff;

/** Why a recipient declines (coded, as the regional networks report them). */
public enum DeclineReason { OUTSIDE_AREA, NO_CAPACITY, BEYOND_CAPABILITY, PATIENT_CHOSE_OTHER, OTHER }
