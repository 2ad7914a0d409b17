package org.renkei.handoff;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.handoff.internal.Handoff;
import org.renkei.handoff.internal.Handoffs;
import org.renkei.patient.PatientAccess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The access-log entry of every change to a handoff, in the change's transaction (decision 5). */
@Component
class HandoffAccessLog {

    private final Handoffs handoffs;
    private final PatientAccess patients;
    private final DirectoryLookup directory;
    private final AuditLog audit;

    HandoffAccessLog(Handoffs handoffs, PatientAccess patients, DirectoryLookup directory, AuditLog audit) {
        this.handoffs = handoffs;
        this.patients = patients;
        this.directory = directory;
        this.audit = audit;
    }

    @EventListener
    void on(HandoffEvent event) {
        switch (event) {
            case HandoffEvent.Created e -> record(e, "handoff.created", handoffs.require(e.handoffId()).kind().name());
            case HandoffEvent.Sent e -> record(e, "handoff.sent", names(e.recipientFacilities()));
            case HandoffEvent.Accepted e -> record(e, "handoff.accepted", directory.facility(e.facilityId()).name());
            case HandoffEvent.Declined e -> record(e, "handoff.declined", e.reason().name());
            case HandoffEvent.Replaced e -> record(e, "handoff.recipient-replaced", directory.facility(e.facilityId()).name());
            case HandoffEvent.Cancelled e -> record(e, "handoff.cancelled", e.reason());
            case HandoffEvent.Completed e -> record(e, "handoff.completed", e.firstVisit() == null ? null : e.firstVisit().toString());
            case HandoffEvent.ConferenceProposed e -> record(e, "handoff.conference-proposed", Formats.time(e.startsAt()));
            case HandoffEvent.ConferenceAgreed e -> record(e, "handoff.conference-agreed", Formats.time(e.startsAt()));
            case HandoffEvent.CarePlanAttached e -> record(e, "handoff.care-plan", e.fileName());
            // a draft's edits and the first opening are on the timeline; reading is logged by the read itself
            case HandoffEvent.Edited e -> { }
            case HandoffEvent.Opened e -> { }
        }
    }

    private void record(HandoffEvent e, String action, @Nullable String detail) {
        Handoff h = handoffs.require(e.handoffId());
        audit.record(e.actor(), action, HandoffService.target(h, patients.ref(h.patientId())), detail);
    }

    private String names(List<Long> facilityIds) {
        Map<Long, FacilityRef> f = directory.facilities(facilityIds);
        return facilityIds.stream().map(id -> f.get(id).name()).collect(Collectors.joining("、"));
    }
}
