package org.renkei.beds;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.CoveredPatient;
import org.renkei.patient.PatientSummary;

/**
 * What a hospital needs of a patient for a backup bed, taken from the current summary (never typed again): who, the
 * 主治医, diagnoses, medicines, allergies, DNAR and wishes, key persons, devices. The registration sheet and the
 * 診療情報提供書 of a request both show it.
 */
public record PatientSheet(long patientId, String name, String nameKana, LocalDate birthDate, int age, String sex,
        @Nullable String address, @Nullable String phone, String primaryName, List<String> diagnoses, List<String> medicines,
        List<String> allergies, List<String> contraindications, @Nullable String resuscitation, @Nullable String placeOfCare,
        @Nullable String wishes, List<String> keyPersons, List<String> devices, int summaryVersion) {

    static PatientSheet of(CoveredPatient p, String primaryName, LocalDate today, Locale locale,
            BiFunction<String, Locale, String> label) {
        PatientSummary s = p.summary();
        List<String> medicines = s.medications().stream().map(m -> join(m.name(), m.dose(), m.usage())
                + (m.asNeeded() ? label.apply("beds.sheet.as-needed", locale) : "")).toList();
        List<String> devices = new ArrayList<>(s.devices().stream().map(d -> label.apply("device." + d, locale)).sorted().toList());
        if (s.deviceNotes() != null && !s.deviceNotes().isBlank()) {
            devices.add(s.deviceNotes());
        }
        return new PatientSheet(p.id(), p.name(), p.nameKana(), p.birthDate(), Period.between(p.birthDate(), today).getYears(),
                label.apply("sex." + p.sex(), locale), p.address(), p.phone(), primaryName,
                s.problems().stream().filter(PatientSummary.Problem::active).map(PatientSummary.Problem::name).toList(), medicines,
                s.allergies().stream().map(a -> a.substance() + (a.reaction() == null ? "" : "（" + a.reaction() + "）")).toList(),
                s.contraindications(),
                s.acp().resuscitation() == null ? null : label.apply("resuscitation." + s.acp().resuscitation(), locale),
                s.acp().placeOfCare() == null ? null : label.apply("place-of-care." + s.acp().placeOfCare(), locale),
                s.acp().wishes(),
                s.contacts().stream().map(c -> join(c.name(), "（" + c.relation() + "）", c.phone())).toList(), devices,
                p.summaryVersion());
    }

    private static String join(@Nullable String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(part);
            }
        }
        return b.toString();
    }
}
