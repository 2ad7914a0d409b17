package org.renkei.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A message as readers see it now: an edited message shows its new text and that it was edited; a deleted
 * one shows no text and that it was deleted (the original stays, for the author and the access log).
 *
 * @param seq      its number within the conversation: 1, 2, 3 … with no gaps
 * @param clientId what the sender's program called it, so a retried send is recognised
 * @param acks     how many members confirmed it (「確認しました」)
 */
public record ChatMessage(long conversationId, long id, long seq, long authorId, String authorName, String clientId,
        String body, Importance importance, Instant createdAt, @Nullable Instant editedAt, boolean deleted,
        @Nullable AttachmentInfo attachment, int acks) {}
