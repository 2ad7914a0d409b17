package org.renkei.oncall;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A 主治医's absence with the doctor asked to cover, the patients (names of those the reader may know of), and the
 * patients whose consent leaves the covering clinic out: listed, not opened; the 主治医 is to arrange their cover.
 */
public record AbsenceInfo(long id, long agreementId, long principalMemberId, String principalName,
        String principalFacilityName, long coveringMemberId, String coveringName, String coveringFacilityName,
        Instant startsAt, Instant endsAt, AbsenceReason reason, @Nullable String note, AbsenceStatus status,
        boolean allPatients, List<String> patientNames, List<String> outsideConsent, Set<OnCallAction> allowed) {}
