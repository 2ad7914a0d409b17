package org.renkei.oncall;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 申し送り: one patient's on-call brief, built from the summary (never typed again). Minimal (まつど方式: name, address,
 * phone) when the 主治医 chose so; otherwise the full one. {@code missing} names the fields a full brief lacks (keys
 * under {@code oncall.brief.field.*}); {@code outsideConsent} when the patient's consent leaves the reader's clinic out:
 * the patient is listed, nothing more.
 */
public record Brief(long patientId, String name, String nameKana, LocalDate birthDate, int age, String sex,
        @Nullable String address, @Nullable String phone, boolean minimal, boolean outsideConsent,
        String primaryName, String primaryFacility, @Nullable String primaryPhone,
        List<String> diagnoses, List<String> medicines, List<String> asNeeded, List<String> allergies,
        List<String> contraindications, @Nullable String resuscitation, @Nullable String placeOfCare,
        @Nullable String transport, @Nullable String wishes, List<String> expectedEvents, List<String> keyPersons,
        @Nullable String entry, List<String> nursing, @Nullable LocalDate lastVisit, @Nullable String backupBed,
        List<String> devices, List<String> safety, List<String> missing) {

    public Brief {
        diagnoses = List.copyOf(diagnoses);
        medicines = List.copyOf(medicines);
        asNeeded = List.copyOf(asNeeded);
        allergies = List.copyOf(allergies);
        contraindications = List.copyOf(contraindications);
        expectedEvents = List.copyOf(expectedEvents);
        keyPersons = List.copyOf(keyPersons);
        nursing = List.copyOf(nursing);
        devices = List.copyOf(devices);
        safety = List.copyOf(safety);
        missing = List.copyOf(missing);
    }
}
