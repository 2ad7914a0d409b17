package org.renkei.handoff.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.renkei.platform.TimeConfiguration;

/** How the handoff pages write times: Tokyo time, whatever the server's zone. */
final class Labels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(TimeConfiguration.TOKYO);

    private Labels() {}

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    static String date(java.time.LocalDate date) {
        return DATE.format(date);
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }
}
