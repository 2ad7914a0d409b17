package org.renkei.safety;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** For a facility's administrator: a member of the facility who has not confirmed a patient's measure yet. */
public record Unconfirmed(long memberId, String memberName, long patientId, @Nullable String patientName, MeasureKind kind, Instant setAt) {}
