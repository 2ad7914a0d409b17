package org.renkei.oncall;

import java.time.Instant;

/** A period in which a doctor covers: an accepted absence, a rota slot, or a pair's night or holiday. */
public record CoverPeriod(PeriodKind kind, long sourceId, Instant start, Instant end) {

    public boolean during(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }
}
