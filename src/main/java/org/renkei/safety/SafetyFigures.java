package org.renkei.safety;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An association's incident counts for a fiscal year (4月〜3月): by month and kind, by district and kind, no names.
 * A count from 1 to 4 is suppressed (null), so that no one is recognisable; the year's total is given only when it is
 * 5 or more and no monthly cell is suppressed (it would give that cell away); the tables have no row totals.
 */
public record SafetyFigures(int fiscalYear, List<Line> byMonth, List<Line> byDistrict, @Nullable Integer total) {

    /** One line of a table: its label (a month like 2026-04, or a district's name) and a count per kind (null: fewer than 5). */
    public record Line(String label, Map<IncidentKind, @Nullable Integer> counts) {}

    public static final int SUPPRESS_BELOW = 5;

    public static @Nullable Integer shown(int count) {
        return count > 0 && count < SUPPRESS_BELOW ? null : count;
    }
}
