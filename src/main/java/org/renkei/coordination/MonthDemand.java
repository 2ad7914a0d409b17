package org.renkei.coordination;

import java.time.YearMonth;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A month of requests to the association's desks: by need, matched and unmatched, the median days from receipt to the
 * match, and the unmatched by the capability they needed. Counts under 5 are suppressed where they are shown (the
 * pages and the CSV print "<5").
 */
public record MonthDemand(YearMonth month, int requests, Map<Need, Integer> byNeed, int matched, int unmatched,
        @Nullable Double medianDaysToMatch, Map<String, Integer> unmatchedByCapability) {

    /** The smallest count shown as it is. */
    public static final int SUPPRESS_BELOW = 5;

    /** A count as a table shows it: "<5" for 1 to 4. */
    public static String cell(int count) {
        return count > 0 && count < SUPPRESS_BELOW ? "<" + SUPPRESS_BELOW : String.valueOf(count);
    }
}
