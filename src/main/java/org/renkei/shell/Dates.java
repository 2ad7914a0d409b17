package org.renkei.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.Translations;

/**
 * How pages write dates and times: always in Tokyo time, whatever the server's zone, and in the reader's
 * language ({@code 2025/04/01 09:30} in Japanese, {@code Apr 1, 2025 09:30} in English). Pass the
 * component's {@code getLocale()}.
 */
public final class Dates {

    private static final Formats JAPANESE = new Formats("yyyy/MM/dd", "yyyy/MM/dd HH:mm", "yyyy/MM/dd HH:mm:ss", "MM/dd HH:mm",
            Translations.JAPANESE);
    private static final Formats ENGLISH = new Formats("MMM d, yyyy", "MMM d, yyyy HH:mm", "MMM d, yyyy HH:mm:ss", "MMM d HH:mm",
            Translations.ENGLISH);

    private Dates() {}

    /** A day: {@code 2025/04/01}, {@code Apr 1, 2025}. */
    public static String date(LocalDate date, Locale locale) {
        return formats(locale).date().format(date);
    }

    /** A moment to the minute: {@code 2025/04/01 09:30}, {@code Apr 1, 2025 09:30}. */
    public static String dateTime(Instant instant, Locale locale) {
        return formats(locale).dateTime().format(instant);
    }

    /** A moment to the second, for logs: {@code 2025/04/01 09:30:15}, {@code Apr 1, 2025 09:30:15}. */
    public static String dateTimeWithSeconds(Instant instant, Locale locale) {
        return formats(locale).withSeconds().format(instant);
    }

    /** A recent moment without the year, for lists of messages and notices: {@code 04/01 09:30}, {@code Apr 1 09:30}. */
    public static String shortDateTime(Instant instant, Locale locale) {
        return formats(locale).recent().format(instant);
    }

    private static Formats formats(Locale locale) {
        return Translations.supported(locale).equals(Translations.ENGLISH) ? ENGLISH : JAPANESE;
    }

    private record Formats(DateTimeFormatter date, DateTimeFormatter dateTime, DateTimeFormatter withSeconds,
            DateTimeFormatter recent) {

        Formats(String date, String dateTime, String withSeconds, String recent, Locale locale) {
            this(DateTimeFormatter.ofPattern(date, locale), tokyo(dateTime, locale), tokyo(withSeconds, locale), tokyo(recent, locale));
        }

        private static DateTimeFormatter tokyo(String pattern, Locale locale) {
            return DateTimeFormatter.ofPattern(pattern, locale).withZone(TimeConfiguration.TOKYO);
        }
    }
}
