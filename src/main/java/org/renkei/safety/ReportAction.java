package org.renkei.safety;

/** What a reader may do with a report now (the aggregate decides; pages and the API show only these). */
public enum ReportAction { EDIT, ATTACH, SUBMIT, ACKNOWLEDGE, RECORD_ACTION, CLOSE, REOPEN }
