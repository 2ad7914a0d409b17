package org.renkei.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An incident report as its readers (the reporter, the facility's administrators) see it, with what they may do now. */
public record ReportDetails(long id, ReportStatus status, String facilityName, String reporterName, @Nullable Long patientId,
        @Nullable String patientName, Instant occurredAt, @Nullable String place, Set<IncidentKind> kinds, Perpetrator byWhom,
        boolean injured, @Nullable String injury, boolean policeCalled, @Nullable String witnesses, String whatHappened,
        @Nullable String doneAtOnce, Instant createdAt, @Nullable Instant submittedAt, @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy, @Nullable Instant closedAt, List<EvidenceInfo> evidence, List<ResponseInfo> responses,
        List<Step> timeline, Set<ReportAction> allowed) {

    public record EvidenceInfo(long id, String fileName, String contentType, int size, Instant at, String by) {

        public boolean picture() {
            return contentType.startsWith("image/");
        }

        public boolean recording() {
            return contentType.startsWith("audio/");
        }
    }

    public record ResponseInfo(ResponseKind kind, @Nullable String note, LocalDate takenOn, String by) {}

    public record Step(Instant at, String who, String step, @Nullable String detail) {}
}
