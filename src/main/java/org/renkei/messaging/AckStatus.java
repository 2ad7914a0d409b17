package org.renkei.messaging;

import java.time.Instant;
import java.util.List;

/** Who confirmed a message and who has not yet: what its author sees. */
public record AckStatus(long messageId, List<Confirmed> confirmed, List<String> pending) {

    public record Confirmed(long memberId, String name, Instant at) {}
}
