package org.renkei.events;

/** 開催予定 or 中止. */
public enum MeetingStatus { PLANNED, CALLED_OFF }
