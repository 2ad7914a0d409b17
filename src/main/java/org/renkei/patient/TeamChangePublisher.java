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
        switch (event) {
            case PatientEvent.TeamJoined e -> events.publishEvent(new TeamChanged(e.patientId()));
            case PatientEvent.TeamLeft e -> events.publishEvent(new TeamChanged(e.patientId()));
            case PatientEvent.ConsentWithdrawn e -> events.publishEvent(new TeamChanged(e.patientId()));
            case PatientEvent.TransferDecided e -> events.publishEvent(new TeamChanged(e.patientId()));
            default -> { }
        }
    }
}
