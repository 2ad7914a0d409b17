package org.renkei.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request as the desk and the requester see it: who asked, what is needed, the patient (named only when linked, and
 * then only to these two), the inquiries with their answers, where it stands, the timeline, what the reader may do.
 */
public record RequestDetails(long id, String deskName, String districtName, String requesterName, String requesterFacility,
        Need need, List<String> capabilities, LocalDate startOn, @Nullable String note, @Nullable Long patientId,
        @Nullable String patientName, @Nullable Integer patientAge, @Nullable String patientSex, CoordinationStatus status,
        Instant receivedAt, Instant firstAnswerDue, boolean late, List<InquiryInfo> inquiries, @Nullable Long proposedInquiryId,
        @Nullable String matchedFacility, @Nullable String unmatchedReason, List<Step> timeline, Set<CoordinationAction> allowed) {

    /** One inquiry: to whom, when, the answer. */
    public record InquiryInfo(long id, long facilityId, String facilityName, @Nullable String phone, Instant sentAt,
            @Nullable InquiryAnswer answer, @Nullable InquiryReason reason, @Nullable String note, @Nullable Instant answeredAt) {}

    /** A step of the timeline. */
    public record Step(Instant at, String who, String step, @Nullable String detail) {}
}
