package org.renkei.handoff;

import org.renkei.handoff.internal.Handoffs;
import org.renkei.patient.CareTeamService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A facility that accepts a handoff joins the patient's team in the handoff's role, in the same transaction. */
@Component
class HandoffTeamListener {

    private final Handoffs handoffs;
    private final CareTeamService teams;

    HandoffTeamListener(Handoffs handoffs, CareTeamService teams) {
        this.handoffs = handoffs;
        this.teams = teams;
    }

    @EventListener
    void on(HandoffEvent.Accepted accepted) {
        long patient = handoffs.require(accepted.handoffId()).patientId();
        teams.joinFromHandoff(accepted.actor(), patient, accepted.facilityId(), accepted.role());
    }
}
