package org.renkei.oncall;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A morning report: the period, both doctors, the calls, whether it was released and confirmed. */
public record ReportInfo(long id, PeriodKind periodKind, Instant periodStart, Instant periodEnd, long principalMemberId,
        String principalName, long coveringMemberId, String coveringName, @Nullable Instant releasedAt,
        @Nullable Instant confirmedAt, List<CallInfo> calls, Set<OnCallAction> allowed) {}
