package org.renkei.patient;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Who a patient is, as a document about the patient names them (a handoff's PDF or FHIR Patient). */
public record PatientDemographics(long id, String name, String nameKana, LocalDate birthDate, Sex sex,
        @Nullable String postalCode, @Nullable String address, @Nullable String phone, @Nullable Insurance insurance) {}
