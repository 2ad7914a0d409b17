package org.renkei.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A request in a list (the desk's queue, a facility's own): no patient named, the answers counted. */
public record RequestRow(long id, Need need, List<String> capabilities, String districtName, String requesterFacility,
        LocalDate startOn, CoordinationStatus status, Instant receivedAt, Instant firstAnswerDue, boolean late, int asked,
        int accepting, int declined, @Nullable String matchedFacility) {}
