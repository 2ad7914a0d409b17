package org.renkei.oncall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.TokyoCalendar;

/**
 * When a pair's cover applies, in Tokyo time: nights are 18:00 to 09:00, holidays (休日) are Saturdays, Sundays and
 * national holidays ({@link TokyoCalendar}) from 09:00 to 18:00.
 */
public final class CoverHours {

    public static final LocalTime NIGHT_STARTS = LocalTime.of(18, 0);
    public static final LocalTime DAY_STARTS = LocalTime.of(9, 0);

    private CoverHours() {}

    public static boolean night(Instant at) {
        LocalTime t = at.atZone(TimeConfiguration.TOKYO).toLocalTime();
        return !t.isBefore(NIGHT_STARTS) || t.isBefore(DAY_STARTS);
    }

    /** A weekend day or a national holiday, between 09:00 and 18:00. */
    public static boolean holiday(Instant at) {
        return TokyoCalendar.dayOff(at.atZone(TimeConfiguration.TOKYO).toLocalDate()) && !night(at);
    }

    /** The next 09:00 or 18:00 after the moment: where night and day change. */
    public static Instant nextChange(Instant at) {
        ZonedDateTime z = at.atZone(TimeConfiguration.TOKYO);
        LocalDate day = z.toLocalDate();
        LocalTime t = z.toLocalTime();
        ZonedDateTime next = t.isBefore(DAY_STARTS) ? day.atTime(DAY_STARTS).atZone(TimeConfiguration.TOKYO)
                : t.isBefore(NIGHT_STARTS) ? day.atTime(NIGHT_STARTS).atZone(TimeConfiguration.TOKYO)
                : day.plusDays(1).atTime(DAY_STARTS).atZone(TimeConfiguration.TOKYO);
        return next.toInstant();
    }

    /** Where the night or the day the moment is in began (18:00 or 09:00). */
    public static Instant windowStart(Instant at) {
        ZonedDateTime z = at.atZone(TimeConfiguration.TOKYO);
        LocalDate day = z.toLocalDate();
        LocalTime t = z.toLocalTime();
        LocalTime start = night(at) ? NIGHT_STARTS : DAY_STARTS;
        LocalDate on = t.isBefore(DAY_STARTS) ? day.minusDays(1) : day;
        return on.atTime(start).atZone(TimeConfiguration.TOKYO).toInstant();
    }

    /** The night that starts on this date: 18:00 to 09:00 the next morning. */
    public static Instant[] nightOf(LocalDate date) {
        return new Instant[] {date.atTime(NIGHT_STARTS).atZone(TimeConfiguration.TOKYO).toInstant(),
                date.plusDays(1).atTime(DAY_STARTS).atZone(TimeConfiguration.TOKYO).toInstant()};
    }

    /** The weekend day's daytime on this date: 09:00 to 18:00. */
    public static Instant[] dayOf(LocalDate date) {
        return new Instant[] {date.atTime(DAY_STARTS).atZone(TimeConfiguration.TOKYO).toInstant(),
                date.atTime(NIGHT_STARTS).atZone(TimeConfiguration.TOKYO).toInstant()};
    }

    /** A day whose daytime needs cover too: a weekend day or a national holiday. */
    public static boolean dayOff(LocalDate date) {
        return TokyoCalendar.dayOff(date);
    }
}
