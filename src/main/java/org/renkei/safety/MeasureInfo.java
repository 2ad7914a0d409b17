package org.renkei.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A visit-risk measure as the team sees it: what, who set it and when, the review date, whether I have confirmed its
 * current revision, and (for those who manage the measures) who on the team has not.
 */
public record MeasureInfo(long id, MeasureKind kind, @Nullable String note, @Nullable LocalDate reviewOn, boolean reviewDue,
        String setBy, Instant setAt, int revision, boolean confirmedByMe, List<String> unconfirmed) {}
