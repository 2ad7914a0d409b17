package org.renkei.patient;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.internal.Patient;
import org.renkei.patient.internal.Patients;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The access-log entry of every change to a patient's record, in the change's transaction (decision 5). */
@Component
class PatientAccessLog {

    private final Patients patients;
    private final DirectoryLookup directory;
    private final AuditLog audit;

    PatientAccessLog(Patients patients, DirectoryLookup directory, AuditLog audit) {
        this.patients = patients;
        this.directory = directory;
        this.audit = audit;
    }

    @EventListener
    void on(PatientEvent event) {
        switch (event) {
            case PatientEvent.Registered e -> record(e, "patient.registered", e.consent().name());
            case PatientEvent.DetailsCorrected e -> record(e, "patient.details-corrected", String.join(", ", e.fields()));
            case PatientEvent.SummaryRevised e ->
                    record(e, "patient.summary-edited", "v" + e.version() + (e.note() == null ? "" : ": " + e.note()));
            case PatientEvent.ConsentWithdrawn e -> record(e, "patient.consent-withdrawn", e.reason());
            case PatientEvent.EmergencyOpened e -> record(e, "patient.break-glass", e.reason());
            case PatientEvent.TeamJoined e -> record(e, e.memberId() != null ? "patient.team-member-added"
                    : "patient.team-facility-added", who(e.memberId(), e.facilityId()) + " / " + e.role()
                    + (e.via() == PatientEvent.Via.HANDOFF ? " (handoff)" : ""));
            case PatientEvent.TeamLeft e -> record(e, e.own() ? "patient.team-left" : "patient.team-member-removed",
                    who(e.memberId(), e.facilityId()) + " / " + e.role());
            case PatientEvent.TeamRoleChanged e -> record(e, "patient.team-role-changed", e.before() + " → " + e.after());
            case PatientEvent.TransferRequested e ->
                    record(e, "patient.transfer-requested", "→ " + directory.facility(e.toFacilityId()).name());
            case PatientEvent.TransferDecided e ->
                    record(e, e.accepted() ? "patient.transfer-accepted" : "patient.transfer-declined", e.note());
        }
    }

    private void record(PatientEvent e, String action, @Nullable String detail) {
        Patient patient = patients.findById(e.patientId()).orElseThrow();
        audit.record(e.actor(), action, PatientAccess.target(patient), detail);
    }

    private String who(@Nullable Long memberId, @Nullable Long facilityId) {
        return who(directory, memberId, facilityId);
    }

    /** A place's name: the member's, or the facility's. */
    static String who(DirectoryLookup directory, @Nullable Long memberId, @Nullable Long facilityId) {
        if (memberId != null) {
            return directory.members(List.of(memberId)).values().stream().findFirst().map(MemberSummary::name).orElse("?");
        }
        return facilityId == null ? "?" : directory.facility(facilityId).name();
    }
}
