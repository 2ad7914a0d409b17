package org.renkei.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A conversation in the member's list: its title, the last message, and how many are unread. */
public record ConversationSummary(long id, ConversationKind kind, String title, @Nullable Long patientId, long lastSeq,
        long lastReadSeq, @Nullable Instant lastMessageAt, @Nullable String lastPreview, @Nullable String lastAuthor) {

    public long unread() {
        return Math.max(0, lastSeq - lastReadSeq);
    }
}
