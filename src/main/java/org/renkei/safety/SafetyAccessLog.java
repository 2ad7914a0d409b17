package org.renkei.safety;

import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.DirectoryLookup;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PatientRef;
import org.renkei.safety.internal.IncidentReports;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The access-log entry of every change, in the change's transaction. A report is named by its number only, never by its
 * patient or its words, so that the log does not tell the team (or a patient's access history) that a report exists;
 * a measure or a two-person visit is named by its patient, whose team sees it anyway.
 */
@Component
class SafetyAccessLog {

    private final IncidentReports reports;
    private final PatientAccess patients;
    private final DirectoryLookup directory;
    private final AuditLog audit;

    SafetyAccessLog(IncidentReports reports, PatientAccess patients, DirectoryLookup directory, AuditLog audit) {
        this.reports = reports;
        this.patients = patients;
        this.directory = directory;
        this.audit = audit;
    }

    @EventListener
    void on(SafetyEvent event) {
        switch (event) {
            case SafetyEvent.ReportDrafted e -> {
                if (e.reportId() != 0) {
                    report(e, "safety.report-drafted", null);
                }
            }
            case SafetyEvent.ReportEdited e -> report(e, "safety.report-edited", null);
            case SafetyEvent.ReportSubmitted e -> report(e, "safety.report-submitted", null);
            case SafetyEvent.EvidenceAttached e -> report(e, "safety.evidence-attached", "evidence " + e.evidenceId());
            case SafetyEvent.ReportAcknowledged e -> report(e, "safety.report-acknowledged", null);
            case SafetyEvent.ResponseRecorded e -> report(e, "safety.response-recorded", e.kind().name());
            case SafetyEvent.ReportClosed e -> report(e, "safety.report-closed", null);
            case SafetyEvent.ReportReopened e -> report(e, "safety.report-reopened", null);
            case SafetyEvent.MeasureSet e -> patient(e, e.patientId(), e.changed() ? "safety.measure-changed" : "safety.measure-set",
                    e.kind().name());
            case SafetyEvent.MeasureRemoved e -> patient(e, e.patientId(), "safety.measure-removed", e.kind().name());
            case SafetyEvent.MeasureConfirmed e -> patient(e, e.patientId(), "safety.measure-confirmed", "revision " + e.revision());
            case SafetyEvent.PairVisitLogged e -> patient(e, e.patientId(), "safety.pair-visit-logged", e.basis().name());
            case SafetyEvent.ProcedureSaved e -> audit.record(e.actor(), "safety.procedure-saved",
                    AuditTarget.of("facility", e.facilityId(), directory.facility(e.facilityId()).name(), e.actor().associationId()), null);
        }
    }

    private void report(SafetyEvent.OfReport e, String action, @Nullable String detail) {
        long association = reports.require(e.reportId()).associationId();
        audit.record(e.actor(), action, AuditTarget.of("safety-report", e.reportId(), "#" + e.reportId(), association), detail);
    }

    private void patient(SafetyEvent e, long patientId, String action, @Nullable String detail) {
        PatientRef p = patients.ref(patientId);
        audit.record(e.actor(), action, new AuditTarget("patient", p.id(), p.name() + " (ID " + p.id() + ")", p.associationId(), p.id()),
                detail);
    }
}
