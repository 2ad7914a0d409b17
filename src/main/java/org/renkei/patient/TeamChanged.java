package org.renkei.patient;

/**
 * Who may see a patient changed (a team place added or removed, consent withdrawn, a handover): published
 * in the transaction of the change, for those who keep their own idea of the team (the patient's room).
 */
public record TeamChanged(long patientId) {}
