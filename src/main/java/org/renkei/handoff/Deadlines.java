package org.renkei.handoff;

import java.time.Instant;
import java.time.LocalDate;
import org.renkei.platform.TimeConfiguration;

/**
 * When a handoff is due, in Tokyo days whatever zone the server runs in.
 * <ul>
 *   <li>Admission: the sheet is due by the end of the third day after admission (admission day + 3, 23:59:59
 *       in Tokyo), the deadline the long-term-care fee schedule rewards.</li>
 *   <li>Discharge: the home team answers before the planned discharge day begins (00:00 in Tokyo).</li>
 * </ul>
 */
public final class Deadlines {

    private Deadlines() {}

    public static Instant due(HandoffKind kind, LocalDate eventDate) {
        return switch (kind) {
            case ADMISSION -> eventDate.plusDays(4).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
            case DISCHARGE -> eventDate.atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        };
    }
}
