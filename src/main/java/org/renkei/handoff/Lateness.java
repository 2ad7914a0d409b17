package org.renkei.handoff;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What is late, for both sides, at a given instant:
 * <ul>
 *   <li>an unsent draft past its due time (the sender is late);</li>
 *   <li>an admission sheet sent after its due time (it stays marked late);</li>
 *   <li>a recipient who has not answered a sent handoff by its due time (the recipient is late).</li>
 * </ul>
 * Completed and cancelled handoffs are never late.
 */
public final class Lateness {

    private Lateness() {}

    public static boolean senderLate(HandoffKind kind, HandoffStatus status, Instant due, @Nullable Instant sentAt, Instant now) {
        return switch (status) {
            case DRAFT -> !now.isBefore(due);
            case SENT -> kind == HandoffKind.ADMISSION && sentAt != null && !sentAt.isBefore(due);
            case COMPLETED, CANCELLED -> false;
        };
    }

    public static boolean recipientLate(HandoffStatus status, RecipientStatus recipient, Instant due, Instant now) {
        return status == HandoffStatus.SENT
                && (recipient == RecipientStatus.SENT || recipient == RecipientStatus.RECEIVED)
                && !now.isBefore(due);
    }
}
