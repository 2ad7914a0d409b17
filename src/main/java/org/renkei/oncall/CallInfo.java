package org.renkei.oncall;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A call the covering doctor took, as the report lists it. */
public record CallInfo(long id, long reportId, long patientId, String patientName, Instant calledAt, Caller caller, CallOutcome outcome,
        @Nullable String note, String coveringName) {}
