package org.renkei.oncall;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A cover agreement as the pages and the API show it, with what the reader may do with it. */
public record AgreementInfo(long id, AgreementKind kind, AgreementStatus status, long principalFacilityId,
        String principalFacilityName, @Nullable Long coveringFacilityId, @Nullable String coveringFacilityName,
        @Nullable Long poolId, @Nullable String poolName, boolean nights, boolean holidays, boolean absences,
        boolean allPatients, List<String> patientNames, int maxPatients, @Nullable String note, Instant proposedAt,
        @Nullable Instant decidedAt, Set<OnCallAction> allowed) {}
