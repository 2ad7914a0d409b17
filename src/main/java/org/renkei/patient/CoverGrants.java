package org.renkei.patient;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.security.Actor;

/**
 * Read access that follows a cover (代診): the on-call module says whether a member covers a patient's 主治医 at a
 * moment, and until when. {@link PatientAccess} asks it after the team and before break-glass, and still applies the
 * patient's consent: a facility the consent excludes gets nothing from a cover.
 */
public interface CoverGrants {

    /** The end of the cover period in which the member answers for this patient at this moment; null when none. */
    @Nullable Instant coveredUntil(Actor actor, long patientId, Instant at);
}
