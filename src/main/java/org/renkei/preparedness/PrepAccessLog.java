package org.renkei.preparedness;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.patient.PatientAccess;
import org.renkei.preparedness.internal.DisasterEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The access-log entry of every step, in its transaction: a plan's steps and each check name the patient; a declaration and
 * a closing name the event. A reminder is the portal's and is logged as such. Never what a note says (decision 19).
 */
@Component
class PrepAccessLog {

    private final PatientAccess patients;
    private final DisasterEvents events;
    private final AuditLog audit;

    PrepAccessLog(PatientAccess patients, DisasterEvents events, AuditLog audit) {
        this.patients = patients;
        this.events = events;
        this.audit = audit;
    }

    static AuditTarget target(long patientId, String name, @Nullable Long associationId) {
        return new AuditTarget("patient", patientId, name + " (ID " + patientId + ")", associationId, patientId);
    }

    @EventListener
    void on(PrepEvent event) {
        switch (event) {
            case PrepEvent.OfPlan e -> {
                String action = switch (e) {
                    case PrepEvent.PlanStarted x -> "preparedness.plan-started";
                    case PrepEvent.PlanEdited x -> "preparedness.plan-edited";
                    case PrepEvent.MedicalConfirmed x -> "preparedness.medical-confirmed";
                    case PrepEvent.PlanSubmitted x -> "preparedness.plan-submitted";
                    case PrepEvent.PlanConfirmed x -> "preparedness.plan-confirmed";
                    case PrepEvent.PlanNeedsReview x -> "preparedness.plan-needs-review";
                    case PrepEvent.PlanRevised x -> "preparedness.plan-revised";
                    case PrepEvent.CheckerAssigned x -> "preparedness.checker-assigned";
                    case PrepEvent.Granted x -> "preparedness.granted";
                };
                String detail = "plan v" + e.planVersion() + (e instanceof PrepEvent.PlanNeedsReview r ? " " + r.reason() : "")
                        + (e instanceof PrepEvent.Granted g ? " " + g.item() : "");
                if (e.actor().memberId() == 0) {
                    audit.recordPortal(action, patient(e.patientId()), detail);
                } else {
                    audit.record(e.actor(), action, patient(e.patientId()), detail);
                }
            }
            case PrepEvent.CheckRecorded e -> audit.record(e.actor(), "preparedness.check-recorded", patient(e.patientId()),
                    "event " + e.eventId() + " " + e.state());
            case PrepEvent.CheckAcknowledged e -> audit.record(e.actor(), "preparedness.check-acknowledged", patient(e.patientId()),
                    "event " + e.eventId());
            case PrepEvent.CheckReminded e -> audit.recordPortal("preparedness.check-reminded", patient(e.patientId()),
                    "event " + e.eventId() + " member " + e.checkerId());
            case PrepEvent.Declared e -> audit.record(e.actor(), "preparedness.declared", BoardQueries.event(events.require(e.eventId())),
                    "event " + e.eventId());
            case PrepEvent.Ended e -> audit.record(e.actor(), "preparedness.ended", BoardQueries.event(events.require(e.eventId())),
                    "event " + e.eventId());
        }
    }

    private AuditTarget patient(long patientId) {
        var ref = patients.ref(patientId);
        return target(patientId, patients.names(List.of(patientId)).getOrDefault(patientId, "?"), ref.associationId());
    }
}
