package org.renkei.beds;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.renkei.beds.internal.BedHospitals;
import org.renkei.beds.internal.BedRegistrations;
import org.renkei.beds.internal.BedRequest;
import org.renkei.beds.internal.BedRequests;
import org.renkei.directory.DirectoryLookup;
import org.renkei.notification.NoticeRequest;
import org.renkei.patient.PatientAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is told of a step: the 主治医 of a draft to confirm; the hospital's members of a request sent to them (by mail too)
 * and of a registration; the team's doctor and drafter of the answer, of no answer in time, of the admission and the
 * discharge. Notices name the patient only to those who may read them.
 */
@Component
class BedNoticeListener {

    private static final String LINK = "beds/requests/";

    private final BedRequests requests;
    private final BedRegistrations registrations;
    private final BedHospitals hospitals;
    private final DirectoryLookup directory;
    private final PatientAccess patients;
    private final ApplicationEventPublisher events;

    BedNoticeListener(BedRequests requests, BedRegistrations registrations, BedHospitals hospitals, DirectoryLookup directory,
            PatientAccess patients, ApplicationEventPublisher events) {
        this.requests = requests;
        this.registrations = registrations;
        this.hospitals = hospitals;
        this.directory = directory;
        this.patients = patients;
        this.events = events;
    }

    @EventListener
    void on(BedEvent event) {
        switch (event) {
            case BedEvent.RequestDrafted e -> {
                BedRequest r = requests.require(e.requestId());
                tell(List.of(r.doctorId()), r, "notice.beds-confirm", true, e.actor().name());
            }
            case BedEvent.RequestAtDesk e -> {
                // the desk sees no patient: the notice names the hospital and the urgency only
                BedRequest r = requests.require(e.requestId());
                events.publishEvent(NoticeRequest.of(directory.activeMemberIds(java.util.Objects.requireNonNull(r.deskFacilityId())),
                        "beds", "notice.beds-at-desk", "beds?tab=programme",
                        directory.facility(hospitals.require(r.hospitalId()).facilityId()).name()).withMail());
            }
            case BedEvent.RequestSent e -> {
                BedRequest r = requests.require(e.requestId());
                tell(answering(r.hospitalId()), r, "notice.beds-request-received", true,
                        Times.time(java.util.Objects.requireNonNull(r.dueAt())));
            }
            case BedEvent.RequestAccepted e -> teamSide(e, "notice.beds-accepted");
            case BedEvent.RequestDeclined e -> teamSide(e, "notice.beds-declined");
            case BedEvent.RequestExpired e -> teamSide(e, "notice.beds-expired");
            case BedEvent.PatientAdmitted e -> teamSide(e, "notice.beds-admitted");
            case BedEvent.PatientDischarged e -> teamSide(e, "notice.beds-discharged");
            case BedEvent.PatientRegistered e -> {
                var reg = registrations.require(e.registrationId());
                events.publishEvent(NoticeRequest.of(answering(reg.hospitalId()),
                        "beds", "notice.beds-registered", "beds", patients.names(List.of(e.patientId())).getOrDefault(e.patientId(), "?")));
            }
            default -> { }
        }
    }

    /** The hospital's members who answer requests (地域連携室), or all its members when it named none. */
    private Collection<Long> answering(long hospitalId) {
        var h = hospitals.require(hospitalId);
        List<Long> all = directory.activeMemberIds(h.facilityId());
        List<Long> named = all.stream().filter(h.responders()::contains).toList();
        return named.isEmpty() ? all : named;
    }

    private void teamSide(BedEvent.OfRequest e, String key) {
        BedRequest r = requests.require(e.requestId());
        Set<Long> told = new LinkedHashSet<>(List.of(r.doctorId(), r.draftedBy()));
        told.remove(e.actor().memberId());
        tell(told, r, key, true, directory.facility(hospitals.require(r.hospitalId()).facilityId()).name());
    }

    private void tell(Collection<Long> members, BedRequest r, String key, boolean mail, String... more) {
        if (members.isEmpty()) {
            return;
        }
        String[] args = new String[more.length + 1];
        args[0] = patients.names(List.of(r.patientId())).getOrDefault(r.patientId(), "?");
        System.arraycopy(more, 0, args, 1, more.length);
        NoticeRequest n = NoticeRequest.of(members, "beds", key, LINK + r.id(), args);
        events.publishEvent(mail ? n.withMail() : n);
    }
}
