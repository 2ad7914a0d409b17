package org.renkei.preparedness;

import java.time.Clock;
import java.time.Instant;
import org.renkei.patient.PatientEvent;
import org.renkei.preparedness.internal.DisasterPlans;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A change of devices in the summary (the ticked devices or the device profile) marks the patient's plan 要見直し, in the
 * summary's transaction, so the plan never says one thing while the summary says another.
 */
@Component
class DeviceChangeListener {

    private final DisasterPlans plans;
    private final Clock clock;

    DeviceChangeListener(DisasterPlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @EventListener
    void on(PatientEvent.SummaryRevised e) {
        if (!e.devicesChanged()) {
            return;
        }
        plans.findByPatientId(e.patientId()).ifPresent(plan -> {
            if (plan.markForReview(e.actor(), ReviewReason.DEVICE_CHANGED, Instant.now(clock))) {
                plans.save(plan);
            }
        });
    }
}
