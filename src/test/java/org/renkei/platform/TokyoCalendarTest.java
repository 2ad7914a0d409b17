package org.renkei.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The holidays of 2026 and 2027 as the Cabinet Office lists them (内閣府「国民の祝日について」), and business days. */
class TokyoCalendarTest {

    private static List<LocalDate> holidays(int year) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (TokyoCalendar.holiday(d)) {
                out.add(d);
            }
        }
        return out;
    }

    @Test
    void theHolidaysOf2026AreTheCabinetOfficesList() {
        assertThat(holidays(2026)).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 11),
                LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 3),
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 6), LocalDate.of(2026, 7, 20),
                LocalDate.of(2026, 8, 11), LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 23),
                LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 23));
    }

    @Test
    void theHolidaysOf2027AreTheCabinetOfficesList() {
        assertThat(holidays(2027)).containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 2, 11),
                LocalDate.of(2027, 2, 23), LocalDate.of(2027, 3, 21), LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 29),
                LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 4), LocalDate.of(2027, 5, 5), LocalDate.of(2027, 7, 19),
                LocalDate.of(2027, 8, 11), LocalDate.of(2027, 9, 20), LocalDate.of(2027, 9, 23), LocalDate.of(2027, 10, 11),
                LocalDate.of(2027, 11, 3), LocalDate.of(2027, 11, 23));
    }

    @Test
    void theNextBusinessDaySkipsWeekendsHolidaysAndTheYearEnd() {
        assertThat(TokyoCalendar.nextBusinessDay(LocalDate.of(2026, 12, 4))).as("Friday → Monday").isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(TokyoCalendar.nextBusinessDay(LocalDate.of(2026, 12, 28))).as("the year end").isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(TokyoCalendar.nextBusinessDay(LocalDate.of(2026, 5, 1))).as("Golden Week").isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(TokyoCalendar.nextBusinessDay(LocalDate.of(2026, 9, 18))).as("Silver Week").isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(TokyoCalendar.dayOff(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(TokyoCalendar.dayOff(LocalDate.of(2026, 11, 24))).isFalse();
    }
}
