package org.renkei.beds;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A request as the programme's manager sees it (the association, the 区's desk): where it stands and how fast it was
 * answered, with no patient named and nothing clinical; {@code mayPassOn} when the reader's desk holds it (窓口確認中).
 */
public record RequestOverview(long id, String hospitalName, Urgency urgency, RequestStatus status, Instant createdAt,
        @Nullable Instant sentAt, @Nullable Instant answeredAt, @Nullable DeclineReason declineReason, boolean mayPassOn) {}
