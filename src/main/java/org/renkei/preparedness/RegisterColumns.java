package org.renkei.preparedness;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** The register's columns, the same in the CSV and the printed list. */
final class RegisterColumns {

    static final List<String> KEYS = List.of("preparedness.register.name", "preparedness.register.age", "preparedness.register.address",
            "preparedness.register.phone", "preparedness.register.devices", "preparedness.register.runtime", "preparedness.register.state",
            "preparedness.register.review", "preparedness.register.checker", "preparedness.register.grants");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private RegisterColumns() {}

    static List<String> cells(RegisterRow r, Function<String, String> label) {
        return List.of(r.name(), String.valueOf(r.age()), r.address() == null ? "" : r.address(), r.phone() == null ? "" : r.phone(),
                String.join("・", r.devices().stream().map(d -> label.apply("powered-kind." + d)).toList()),
                r.runtimeMinutes() == null ? "" : hours(r.runtimeMinutes()), label.apply("preparedness.state." + r.state()),
                r.reviewDue() == null ? "" : DATE.format(r.reviewDue()), r.checkerName() == null ? "" : r.checkerName(),
                String.valueOf(r.grants()));
    }

    /** 8時間30分 → "8.5h": what a 保健師 reads at a glance. */
    static String hours(int minutes) {
        return minutes % 60 == 0 ? minutes / 60 + "h" : String.format(java.util.Locale.ROOT, "%.1fh", minutes / 60.0);
    }
}
