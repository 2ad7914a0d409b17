package org.renkei.patient;

import java.util.List;

/** What opening a patient shows: who they are, the current summary, and emergency accesses the team should know of. */
public record PatientPage(PatientHeader header, SummaryVersion current, List<EmergencyAccessInfo> emergencyAccesses) {}
