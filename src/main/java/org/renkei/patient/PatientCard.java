package org.renkei.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A patient in "my patients": enough to recognise them and to see that something changed since this
 * member last looked.
 */
public record PatientCard(long id, String name, String nameKana, LocalDate birthDate, Sex sex, PatientStatus status,
        String managingFacilityName, List<TeamRole> myRoles, int summaryVersion, Instant lastActivityAt,
        String lastActivityBy, boolean changedSinceSeen) {}
