package org.renkei.beds;

import org.renkei.beds.internal.BedHospitals;
import org.renkei.beds.internal.BedRequest;
import org.renkei.beds.internal.BedRequests;
import org.renkei.directory.DirectoryLookup;
import org.renkei.messaging.Importance;
import org.renkei.messaging.MessageService;
import org.renkei.platform.Translations;
import org.renkei.security.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The patient's room hears of a request's milestones (sent, accepted, declined, no answer, admitted, discharged), in the
 * team's language; for a bed needed today as urgent posts, so the team confirms them (確認しました) and is reminded.
 */
@Component
class BedAnnouncer {

    private final BedRequests requests;
    private final BedHospitals hospitals;
    private final DirectoryLookup directory;
    private final MessageService messages;
    private final Translations translations;

    BedAnnouncer(BedRequests requests, BedHospitals hospitals, DirectoryLookup directory, MessageService messages,
            Translations translations) {
        this.requests = requests;
        this.hospitals = hospitals;
        this.directory = directory;
        this.messages = messages;
        this.translations = translations;
    }

    @EventListener
    void on(BedEvent.OfRequest event) {
        switch (event) {
            case BedEvent.RequestAtDesk e -> announce(e, e.actor(), "at-desk");
            case BedEvent.RequestSent e -> announce(e, e.actor(), "sent");
            case BedEvent.RequestAccepted e -> announce(e, e.actor(), "accepted");
            case BedEvent.RequestDeclined e -> announce(e, e.actor(), "declined");
            case BedEvent.RequestExpired e -> announce(e, e.actor(), "expired");
            case BedEvent.PatientAdmitted e -> announce(e, e.actor(), "admitted");
            case BedEvent.PatientDischarged e -> announce(e, e.actor(), "discharged");
            default -> { }
        }
    }

    private void announce(BedEvent.OfRequest e, Actor by, String what) {
        BedRequest r = requests.require(e.requestId());
        String hospital = directory.facility(hospitals.require(r.hospitalId()).facilityId()).name();
        boolean urgent = r.urgency() == Urgency.TODAY && !what.equals("discharged") && !what.equals("admitted");
        messages.announce(by, r.patientId(), "beds-" + r.id() + "-" + what,
                translations.text("beds.announce." + what, Translations.JAPANESE, hospital,
                        translations.text("beds.purpose." + r.purpose(), Translations.JAPANESE)),
                urgent ? Importance.URGENT : Importance.NORMAL);
    }
}
