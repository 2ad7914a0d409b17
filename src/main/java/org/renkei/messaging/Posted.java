package org.renkei.messaging;

/** The result of posting: the stored message, and whether it had been stored before (a retried send). */
public record Posted(ChatMessage message, boolean duplicate) {}
