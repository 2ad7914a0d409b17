package org.renkei.safety;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A two-person visit in the facility's log. */
public record PairVisitRow(long id, LocalDate visitedOn, @Nullable LocalTime startTime, @Nullable Integer minutes, long patientId,
        String patientName, String staff, String partner, PairBasis basis, @Nullable String note) {}
