package org.renkei.safety;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a reporter says happened: when and where, what kind, by whom, injury, police, witnesses, what happened and
 * what was done at once; optionally the patient whose home it was (a patient the reporter may read).
 */
public record Incident(Instant occurredAt, @Nullable String place, Set<IncidentKind> kinds, Perpetrator byWhom, boolean injured,
        @Nullable String injury, boolean policeCalled, @Nullable String witnesses, String whatHappened, @Nullable String doneAtOnce,
        @Nullable Long patientId) {

    public Incident {
        kinds = Set.copyOf(kinds);
    }
}
