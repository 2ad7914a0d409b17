package org.renkei.patient;

/** A version of a patient's summary with what it said. Version 0 is the empty summary before any save. */
public record SummaryVersion(VersionInfo info, PatientSummary summary) {}
