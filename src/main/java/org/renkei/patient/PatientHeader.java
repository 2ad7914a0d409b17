package org.renkei.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Who the patient is, as the patient page shows it, with what this member may do. */
public record PatientHeader(long id, String name, String nameKana, LocalDate birthDate, Sex sex,
        @Nullable String postalCode, @Nullable String address, @Nullable String phone, PatientStatus status,
        long managingFacilityId, String managingFacilityName, ConsentModel consentModel, int summaryVersion,
        Instant lastActivityAt, String lastActivityBy, Access access, boolean managesTeam,
        Set<PatientAction> allowed, @Nullable Insurance insurance) {

    public int age(LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }

    /** Children (under 18) get the paediatric section: guardians, school, medical care at school. */
    public boolean isChild(LocalDate today) {
        return age(today) < 18;
    }
}
