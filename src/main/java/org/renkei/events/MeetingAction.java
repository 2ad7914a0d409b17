package org.renkei.events;

/** What a member may do with a meeting now, as the meeting decides it. */
public enum MeetingAction { REGISTER, CANCEL_REGISTRATION, EDIT, CALL_OFF, SEE_PARTICIPANTS, MARK_ATTENDANCE, FORM_GROUPS, ANSWER_SURVEY,
    DOWNLOAD_CERTIFICATE }
