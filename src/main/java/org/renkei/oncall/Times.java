package org.renkei.oncall;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.renkei.platform.TimeConfiguration;

/** Moments as the on-call pages, briefs and messages write them, in Tokyo time. */
public final class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M/d HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private Times() {}

    public static String time(Instant at) {
        return TIME.format(at.atZone(TimeConfiguration.TOKYO));
    }

    public static String shortTime(Instant at) {
        return SHORT.format(at.atZone(TimeConfiguration.TOKYO));
    }

    public static String clock(Instant at) {
        return CLOCK.format(at.atZone(TimeConfiguration.TOKYO));
    }

    /** A period: "12/3 18:00〜12/4 09:00". */
    public static String period(Instant from, Instant to) {
        return shortTime(from) + "〜" + shortTime(to);
    }
}
