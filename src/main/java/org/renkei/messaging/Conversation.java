package org.renkei.messaging;

import org.jspecify.annotations.Nullable;

/** A conversation as the services handle it. */
public record Conversation(long id, ConversationKind kind, @Nullable Long patientId, @Nullable String title, long createdBy,
        long lastSeq) {}
