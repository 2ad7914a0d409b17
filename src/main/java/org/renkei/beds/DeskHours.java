package org.renkei.beds;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.renkei.platform.TimeConfiguration;

/** When a 区's desk is open to pass requests on: weekdays 09:00 to 17:00, Tokyo time. */
public final class DeskHours {

    private DeskHours() {}

    public static boolean open(Instant at) {
        ZonedDateTime z = at.atZone(TimeConfiguration.TOKYO);
        LocalTime t = z.toLocalTime();
        return z.getDayOfWeek() != DayOfWeek.SATURDAY && z.getDayOfWeek() != DayOfWeek.SUNDAY
                && !t.isBefore(LocalTime.of(9, 0)) && t.isBefore(LocalTime.of(17, 0));
    }
}
