package org.renkei.safety;

import java.time.Instant;
import java.util.Set;

/** A report in a list (no narrative): when, what kind, by whom, who reported, where it stands. */
public record ReportRow(long id, ReportStatus status, Instant occurredAt, Set<IncidentKind> kinds, Perpetrator byWhom,
        String reporterName, int evidenceCount, int responseCount) {}
