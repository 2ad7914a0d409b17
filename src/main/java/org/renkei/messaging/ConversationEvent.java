package org.renkei.messaging;

import org.jspecify.annotations.Nullable;

/**
 * What subscribers of a conversation receive, live, once a change is committed: a new message, an edit,
 * a deletion (carrying the message as it now reads), or a confirmation.
 *
 * @param type {@code message}, {@code edited}, {@code deleted} or {@code ack}
 */
public record ConversationEvent(String type, long conversationId, long seq, @Nullable ChatMessage message,
        @Nullable Long ackMemberId, @Nullable String ackMemberName) {

    public static ConversationEvent of(String type, ChatMessage message) {
        return new ConversationEvent(type, message.conversationId(), message.seq(), message, null, null);
    }
}
