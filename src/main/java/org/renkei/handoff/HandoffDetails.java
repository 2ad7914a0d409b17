package org.renkei.handoff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A handoff as its page shows it. Exactly one of {@code admission} and {@code discharge} is set.
 *
 * @param dischargedOn the day the patient left hospital, for a completed discharge
 * @param late     something in it is past its deadline (see {@link Lateness})
 * @param mineToAnswer recipients of the viewer's facility that still have to answer
 * @param carePlanName the care plan attached to an admission sheet, if any (the file: {@code CarePlanService})
 * @param allowed  what the viewer may do now, as the handoff decides it (the page shows these buttons, no others)
 */
public record HandoffDetails(long id, HandoffKind kind, long patientId, String patientName, long senderFacilityId,
        String senderFacilityName, String createdByName, HandoffStatus status, LocalDate eventDate, Instant dueAt,
        @Nullable Instant sentAt, @Nullable Instant completedAt, @Nullable LocalDate firstVisitOn, @Nullable LocalDate dischargedOn, @Nullable String cancelReason,
        List<RecipientDetails> recipients, boolean late, boolean sender, List<Long> mineToAnswer,
        @Nullable AdmissionSheet admission, @Nullable DischargeSheet discharge, @Nullable String carePlanName, long version,
        Set<HandoffAction> allowed) {}
