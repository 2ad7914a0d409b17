package org.renkei.oncall;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.DirectoryLookup;
import org.renkei.oncall.internal.CoverAbsence;
import org.renkei.oncall.internal.CoverAbsences;
import org.renkei.oncall.internal.CoverAgreement;
import org.renkei.oncall.internal.CoverAgreements;
import org.renkei.oncall.internal.CoverReport;
import org.renkei.oncall.internal.CoverReports;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PatientRef;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The access-log entry of every change to cover, in the change's transaction (decision 5). No clinical text. */
@Component
class OnCallAccessLog {

    private final CoverAgreements agreements;
    private final CoverAbsences absences;
    private final CoverReports reports;
    private final PatientAccess patients;
    private final DirectoryLookup directory;
    private final AuditLog audit;

    OnCallAccessLog(CoverAgreements agreements, CoverAbsences absences, CoverReports reports, PatientAccess patients, DirectoryLookup directory, AuditLog audit) {
        this.agreements = agreements;
        this.absences = absences;
        this.reports = reports;
        this.patients = patients;
        this.directory = directory;
        this.audit = audit;
    }

    @EventListener
    void on(CoverEvent event) {
        switch (event) {
            case CoverEvent.AgreementProposed e -> agreement(e, e.agreementId(), "oncall.agreement-proposed");
            case CoverEvent.AgreementAccepted e -> agreement(e, e.agreementId(), "oncall.agreement-accepted");
            case CoverEvent.AgreementDeclined e -> agreement(e, e.agreementId(), "oncall.agreement-declined");
            case CoverEvent.AgreementEnded e -> agreement(e, e.agreementId(), "oncall.agreement-ended");
            case CoverEvent.AbsenceDeclared e -> absence(e, e.absenceId(), "oncall.absence-declared");
            case CoverEvent.AbsenceAccepted e -> absence(e, e.absenceId(), "oncall.absence-accepted");
            case CoverEvent.AbsenceDeclined e -> absence(e, e.absenceId(), "oncall.absence-declined");
            case CoverEvent.AbsenceCancelled e -> absence(e, e.absenceId(), "oncall.absence-cancelled");
            case CoverEvent.RotaPlanned e -> audit.record(e.actor(), "oncall.rota-planned",
                    AuditTarget.of("cover-pool", e.poolId(), "pool " + e.poolId(), e.actor().associationId()),
                    Times.period(e.from(), e.to()) + " " + e.slots());
            case CoverEvent.SlotAssigned e -> audit.record(e.actor(), "oncall.slot-assigned",
                    AuditTarget.of("rota-slot", e.slotId(), "slot " + e.slotId(), e.actor().associationId()),
                    names(e.coveringMemberId(), e.backupMemberId()));
            case CoverEvent.BriefChosen e -> patient(e, e.patientId(), "oncall.brief-chosen", e.minimal() ? "minimal" : "full");
            // what was done is clinical: the log says a call was recorded, and which report holds it
            case CoverEvent.CallRecorded e -> patient(e, e.patientId(), "oncall.call-recorded", "report " + e.reportId());
            case CoverEvent.ReportReleased e -> report(e, e.reportId(), "oncall.report-released");
            case CoverEvent.ReportConfirmed e -> report(e, e.reportId(), "oncall.report-confirmed");
            // reminders and the brief check are notices, not changes anyone made
            case CoverEvent.ReportReminded e -> { }
            case CoverEvent.BriefsIncomplete e -> { }
        }
    }

    private void agreement(CoverEvent e, long id, String action) {
        CoverAgreement a = agreements.require(id);
        String label = directory.facility(a.principalFacilityId()).name() + " → "
                + (a.coveringFacilityId() != null ? directory.facility(a.coveringFacilityId()).name() : "pool " + a.poolId());
        audit.record(e.actor(), action, AuditTarget.of("cover-agreement", id, label, a.associationId()), a.kind().name());
    }

    private void absence(CoverEvent e, long id, String action) {
        CoverAbsence a = absences.require(id);
        audit.record(e.actor(), action, AuditTarget.of("cover-absence", id, "absence " + id + " "
                + names(a.principalMemberId(), a.coveringMemberId()), e.actor().associationId()), Times.period(a.startsAt(), a.endsAt()));
    }

    private void report(CoverEvent e, long id, String action) {
        CoverReport r = reports.require(id);
        audit.record(e.actor(), action, AuditTarget.of("cover-report", id, "report " + id + " "
                + names(r.principalMemberId(), r.coveringMemberId()), e.actor().associationId()), Times.period(r.periodStart(), r.periodEnd()));
    }

    private void patient(CoverEvent e, long patientId, String action, @Nullable String detail) {
        PatientRef p = patients.ref(patientId);
        audit.record(e.actor(), action, new AuditTarget("patient", p.id(), p.name() + " (ID " + p.id() + ")", p.associationId(), p.id()),
                detail);
    }

    private String names(@Nullable Long a, @Nullable Long b) {
        List<Long> ids = java.util.stream.Stream.of(a, b).filter(java.util.Objects::nonNull).toList();
        var m = directory.members(ids);
        return String.join(" / ", ids.stream().map(id -> m.containsKey(id) ? m.get(id).name() : "—").toList());
    }
}
