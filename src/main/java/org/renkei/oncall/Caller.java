package org.renkei.oncall;

/** Who called the covering doctor; labels under {@code oncall.caller.*}. */
public enum Caller { FAMILY, PATIENT, VISITING_NURSE, CARE_FACILITY, OTHER }
