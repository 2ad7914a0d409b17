package org.renkei.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * Japan's national holidays (国民の祝日に関する法律, as amended to 2020: 天皇誕生日 on 23 February, スポーツの日) with
 * 振替休日 and 国民の休日, and the business days of a municipal office (weekdays that are not holidays, and not 29
 * December to 3 January). The equinoxes by the National Astronomical Observatory's formula, valid 1980–2099. Written
 * here because the holiday libraries on Maven Central carry outdated Japanese data (23 December as the Emperor's
 * birthday); checked against the Cabinet Office's list for 2026 and 2027 in {@code TokyoCalendarTest}.
 */
public final class TokyoCalendar {

    private TokyoCalendar() {}

    /** A national holiday, a substitute holiday (振替休日) or a citizens' holiday (国民の休日). */
    public static boolean holiday(LocalDate d) {
        if (statutory(d)) {
            return true;
        }
        // 振替休日: the first day after a statutory holiday falling on a Sunday that is not itself one
        if (d.getYear() >= 1973) {
            LocalDate back = d.minusDays(1);
            while (statutory(back)) {
                if (back.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    return true;
                }
                back = back.minusDays(1);
            }
        }
        // 国民の休日: a day between two statutory holidays
        return d.getDayOfWeek() != DayOfWeek.SUNDAY && statutory(d.minusDays(1)) && statutory(d.plusDays(1));
    }

    /** A working day of a municipal office: a weekday, not a holiday, not 29 December – 3 January. */
    public static boolean businessDay(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        boolean yearEnd = (d.getMonth() == Month.DECEMBER && d.getDayOfMonth() >= 29)
                || (d.getMonth() == Month.JANUARY && d.getDayOfMonth() <= 3);
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !yearEnd && !holiday(d);
    }

    /** The first business day after {@code d}. */
    public static LocalDate nextBusinessDay(LocalDate d) {
        LocalDate n = d.plusDays(1);
        while (!businessDay(n)) {
            n = n.plusDays(1);
        }
        return n;
    }

    /** A Sunday, a Saturday or a holiday: a day off for most clinics (休日). */
    public static boolean dayOff(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || holiday(d);
    }

    private static boolean statutory(LocalDate d) {
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        return switch (m) {
            case 1 -> day == 1 || d.equals(monday(y, Month.JANUARY, 2));
            case 2 -> day == 11 || (day == 23 && y >= 2020);
            case 3 -> day == springEquinox(y);
            case 4 -> day == 29;
            case 5 -> day == 3 || day == 4 || day == 5;
            case 7 -> y == 2020 ? day == 23 || day == 24 : y == 2021 ? day == 22 || day == 23 : d.equals(monday(y, Month.JULY, 3));
            case 8 -> y == 2020 ? day == 10 : y == 2021 ? day == 8 : day == 11 && y >= 2016;
            case 9 -> d.equals(monday(y, Month.SEPTEMBER, 3)) || day == autumnEquinox(y);
            case 10 -> y != 2020 && y != 2021 && d.equals(monday(y, Month.OCTOBER, 2));
            case 11 -> day == 3 || day == 23;
            case 12 -> day == 23 && y >= 1989 && y <= 2018;
            default -> false;
        };
    }

    private static LocalDate monday(int year, Month month, int which) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(which, DayOfWeek.MONDAY));
    }

    static int springEquinox(int y) {
        return (int) Math.floor(20.8431 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4.0));
    }

    static int autumnEquinox(int y) {
        return (int) Math.floor(23.2488 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4.0));
    }
}
