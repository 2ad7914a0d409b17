package org.renkei.messaging;

/**
 * Who may read a conversation may have changed (its patient's team or consent changed): caches of its readers
 * are forgotten and connections subscribed to it are checked again, on every node (cluster mode).
 */
public record RoomAccessChanged(long conversationId) {}
