package org.renkei.patient;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Announces {@link TeamChanged} when who may see the patient changed: a place joined or left, consent, a handover. */
@Component
class TeamChangePublisher {

    private final ApplicationEventPublisher events;

    TeamChangePublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(PatientEvent event) {
        if (event instanceof PatientEvent.TeamJoined || event instanceof PatientEvent.TeamLeft
                || event instanceof PatientEvent.ConsentWithdrawn || event instanceof PatientEvent.TransferDecided) {
            events.publishEvent(new TeamChanged(event.patientId()));
        }
    }
}
