package org.renkei.patient;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A patient as the on-call module sees them: who they are, where, their 主治医 (member and facility), the visiting
 * nurse stations on their team, and the current summary. Only for a reader the caller has decided may have it.
 */
public record CoveredPatient(long id, String name, String nameKana, LocalDate birthDate, Sex sex, @Nullable String address,
        @Nullable String phone, PatientStatus status, long associationId, long managingFacilityId,
        @Nullable Long primaryMemberId, @Nullable Long primaryFacilityId, List<Long> nurseStationIds, int summaryVersion,
        PatientSummary summary) {

    public CoveredPatient {
        nurseStationIds = List.copyOf(nurseStationIds);
    }
}
