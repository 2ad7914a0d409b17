package org.renkei.beds;

import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.beds.internal.BedHospitals;
import org.renkei.beds.internal.BedProgrammes;
import org.renkei.beds.internal.BedRegistrations;
import org.renkei.beds.internal.BedRequest;
import org.renkei.beds.internal.BedRequests;
import org.renkei.directory.DirectoryLookup;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PatientRef;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The access-log entry of every change, in the change's transaction; the reason for a bed is not logged (decision 19). */
@Component
class BedAccessLog {

    private final BedRequests requests;
    private final BedRegistrations registrations;
    private final BedHospitals hospitals;
    private final BedProgrammes programmes;
    private final PatientAccess patients;
    private final DirectoryLookup directory;
    private final AuditLog audit;

    BedAccessLog(BedRequests requests, BedRegistrations registrations, BedHospitals hospitals, BedProgrammes programmes,
            PatientAccess patients, DirectoryLookup directory, AuditLog audit) {
        this.requests = requests;
        this.registrations = registrations;
        this.hospitals = hospitals;
        this.programmes = programmes;
        this.patients = patients;
        this.directory = directory;
        this.audit = audit;
    }

    @EventListener
    void on(BedEvent event) {
        switch (event) {
            case BedEvent.ProgrammeSaved e -> {
                var p = programmes.require(e.programmeId());
                audit.record(e.actor(), "beds.programme-saved", AuditTarget.of("bed-programme", p.id(), p.name(), p.associationId()), null);
            }
            case BedEvent.HospitalSaved e -> {
                var h = hospitals.require(e.hospitalId());
                audit.record(e.actor(), "beds.hospital-saved", AuditTarget.of("bed-hospital", h.id(),
                        directory.facility(h.facilityId()).name(), programmes.require(h.programmeId()).associationId()), null);
            }
            case BedEvent.AvailabilityUpdated e -> audit.record(e.actor(), "beds.availability-updated", AuditTarget.of("bed-hospital",
                    e.hospitalId(), directory.facility(hospitals.require(e.hospitalId()).facilityId()).name(),
                    programmes.require(e.programmeId()).associationId()), String.valueOf(e.freeBeds()));
            case BedEvent.PatientRegistered e -> patient(e, e.patientId(), "beds.registered", "registration " + e.registrationId());
            case BedEvent.RegistrationAcknowledged e -> patient(e, e.patientId(), "beds.registration-acknowledged",
                    "registration " + e.registrationId());
            case BedEvent.RegistrationWithdrawn e -> patient(e, e.patientId(), "beds.registration-withdrawn",
                    "registration " + e.registrationId());
            case BedEvent.RequestDrafted e -> request(e, "beds.request-drafted", null);
            case BedEvent.RequestAtDesk e -> request(e, "beds.request-at-desk", null);
            case BedEvent.RequestSent e -> request(e, "beds.request-sent", hospitalOf(e.requestId()));
            case BedEvent.RequestAccepted e -> request(e, "beds.request-accepted", null);
            case BedEvent.RequestDeclined e -> request(e, "beds.request-declined", e.reason().name());
            case BedEvent.RequestExpired e -> {
                BedRequest r = requests.require(e.requestId());
                PatientRef p = patients.ref(r.patientId());
                audit.recordPortal("beds.request-expired", new AuditTarget("patient", p.id(), p.name() + " (ID " + p.id() + ")",
                        p.associationId(), p.id()), "request " + r.id());
            }
            case BedEvent.RequestWithdrawn e -> request(e, "beds.request-withdrawn", null);
            case BedEvent.PatientAdmitted e -> request(e, "beds.admitted", null);
            case BedEvent.PatientDischarged e -> request(e, "beds.discharged", null);
        }
    }

    private String hospitalOf(long requestId) {
        return directory.facility(hospitals.require(requests.require(requestId).hospitalId()).facilityId()).name();
    }

    private void request(BedEvent.OfRequest e, String action, @Nullable String detail) {
        BedRequest r = requests.require(e.requestId());
        patient(e, r.patientId(), action, "request " + r.id() + (detail == null ? "" : " " + detail));
    }

    private void patient(BedEvent e, long patientId, String action, @Nullable String detail) {
        PatientRef p = patients.ref(patientId);
        audit.record(e.actor(), action, new AuditTarget("patient", p.id(), p.name() + " (ID " + p.id() + ")", p.associationId(), p.id()),
                detail);
    }
}
