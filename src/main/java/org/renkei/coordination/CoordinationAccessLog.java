package org.renkei.coordination;

import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.coordination.internal.CoordinationRequest;
import org.renkei.coordination.internal.CoordinationRequests;
import org.renkei.patient.PatientAccess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The access-log entry of every step, in its transaction: named by the request (and the patient once linked), never by
 * what the patient needs.
 */
@Component
class CoordinationAccessLog {

    private final CoordinationRequests requests;
    private final PatientAccess patients;
    private final AuditLog audit;

    CoordinationAccessLog(CoordinationRequests requests, PatientAccess patients, AuditLog audit) {
        this.requests = requests;
        this.patients = patients;
        this.audit = audit;
    }

    @EventListener
    void on(CoordinationEvent e) {
        String action = switch (e) {
            case CoordinationEvent.Filed x -> "coordination.filed";
            case CoordinationEvent.Inquired x -> "coordination.inquired";
            case CoordinationEvent.Answered x -> "coordination.answered";
            case CoordinationEvent.Proposed x -> "coordination.proposed";
            case CoordinationEvent.MatchAccepted x -> "coordination.matched";
            case CoordinationEvent.MatchDeclined x -> "coordination.match-declined";
            case CoordinationEvent.Unmatched x -> "coordination.unmatched";
            case CoordinationEvent.Completed x -> "coordination.completed";
            case CoordinationEvent.Withdrawn x -> "coordination.withdrawn";
            case CoordinationEvent.PatientLinked x -> "coordination.patient-linked";
        };
        CoordinationRequest r = requests.require(e.requestId());
        AuditTarget target = r.patientId() == null
                ? AuditTarget.of("coordination-request", r.id(), "request " + r.id(), r.associationId())
                : new AuditTarget("patient", r.patientId(), patients.names(java.util.List.of(r.patientId())).getOrDefault(r.patientId(), "?")
                        + " (ID " + r.patientId() + ")", r.associationId(), r.patientId());
        audit.record(e.actor(), action, target, "request " + r.id());
    }
}
