package org.renkei.beds;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.renkei.platform.TimeConfiguration;

/** Moments as the bed pages and messages write them, in Tokyo time. */
final class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M/d HH:mm");

    private Times() {}

    static String time(Instant at) {
        return TIME.format(at.atZone(TimeConfiguration.TOKYO));
    }
}
