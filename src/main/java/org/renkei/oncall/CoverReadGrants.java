package org.renkei.oncall;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.CoverGrants;
import org.renkei.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The patient module's question "does this member cover the patient now?", answered from the cover plan: the covering
 * doctor reads the covered patients for the period only (the patient module still applies the consent).
 */
@Component
class CoverReadGrants implements CoverGrants {

    private final CoverPlanner planner;

    CoverReadGrants(CoverPlanner planner) {
        this.planner = planner;
    }

    @Override
    public @Nullable Instant coveredUntil(Actor actor, long patientId, Instant at) {
        CoverPlanner.Covering c = planner.covering(actor, patientId, at);
        return c == null ? null : c.period().end();
    }
}
