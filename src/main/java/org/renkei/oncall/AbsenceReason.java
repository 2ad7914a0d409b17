package org.renkei.oncall;

/** Why the 主治医 is away; labels under {@code oncall.absence-reason.*}. */
public enum AbsenceReason { CONFERENCE, LEAVE, ILLNESS, OTHER }
