package org.renkei.beds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request as the team and the hospital see it: the patient, what is asked, where it stands, the hospital's answer,
 * the timeline, the chain (previous and next request), and what the reader may do.
 */
public record RequestInfo(long id, long programmeId, long hospitalId, String hospitalName, String hotline, long patientId,
        String patientName, Purpose purpose, Urgency urgency, Transport transport, @Nullable String note, long doctorId,
        String doctorName, String draftedByName, RequestStatus status, Instant createdAt, @Nullable Instant sentAt,
        @Nullable Instant dueAt, @Nullable Instant answeredAt, @Nullable Instant arriveBy, @Nullable DeclineReason declineReason,
        @Nullable String declineNote, @Nullable LocalDate admittedOn, @Nullable LocalDate dischargedOn, @Nullable Long previousId,
        @Nullable Long nextId, List<Step> timeline, Set<BedAction> allowed) {

    /** One step of the timeline. */
    public record Step(Instant at, String who, String step, @Nullable String detail) {}
}
