package org.renkei.handoff;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.renkei.platform.TimeConfiguration;

/** Dates and times as the handoff pages and documents write them (Tokyo). */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(TimeConfiguration.TOKYO);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(TimeConfiguration.TOKYO);

    private Formats() {}

    public static String date(Instant instant) {
        return DATE.format(instant);
    }

    public static String time(Instant instant) {
        return TIME.format(instant);
    }
}
