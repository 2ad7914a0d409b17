package org.renkei.patient;

/** 性別 as recorded; labels under {@code sex.*}. */
public enum Sex { MALE, FEMALE, OTHER, UNKNOWN }
