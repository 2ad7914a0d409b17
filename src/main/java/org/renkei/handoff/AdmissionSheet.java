package org.renkei.handoff;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.PatientSummary.AdlItem;
import org.renkei.patient.PatientSummary.AdlLevel;
import org.renkei.patient.PatientSummary.CareLevel;
import org.renkei.patient.PatientSummary.DementiaLevel;
import org.renkei.patient.PatientSummary.Independence;

/**
 * 入院時情報提供書: the standard items of the MHLW example form, filled by the care manager (prefilled from the
 * patient summary) for the hospital's discharge team.
 */
public record AdmissionSheet(
        LocalDate admissionDate,
        @Nullable String hospitalContact,
        @Nullable String housing,
        @Nullable Integer floor,
        boolean elevator,
        @Nullable CareLevel careLevel,
        @Nullable Independence independence,
        @Nullable DementiaLevel dementia,
        @Nullable String household,
        @Nullable String mainCarer,
        @Nullable String keyPerson,
        @Nullable String wishes,
        @Nullable String servicesBefore,
        @Nullable String lifeAtHomeNeeds,
        boolean wishesToAttendConferences,
        Map<AdlItem, AdlLevel> adl,
        @Nullable String mealsAndSwallowing,
        boolean dentures,
        @Nullable String toileting,
        @Nullable String sleep,
        @Nullable String smokingAndDrinking,
        @Nullable String sightAndHearing,
        @Nullable String communication,
        @Nullable String behaviouralSymptoms,
        @Nullable String diseasesAndAdmissions,
        @Nullable String medicines,
        @Nullable String medicinesManagedBy,
        @Nullable String familyDoctor) {

    public AdmissionSheet {
        adl = adl == null ? Map.of() : Map.copyOf(adl);
    }
}
