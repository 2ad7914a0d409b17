package org.renkei.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the access log as the viewer shows it. */
public record AuditRecord(long id, Instant occurredAt, @Nullable Long associationId, @Nullable Long actorId,
        String actorName, String action, String targetType, @Nullable Long targetId, String targetLabel,
        @Nullable Long patientId, @Nullable String detail) {}
