package org.renkei.messaging;

/**
 * Who may read a conversation may have changed (its patient's team or consent changed): caches of its readers
 * are forgotten and connections subscribed to it are checked again. {@code remote} when another node
 * reported it (cluster mode), so that it is not reported back.
 */
public record RoomAccessChanged(long conversationId, boolean remote) {}
