package org.renkei.messaging;

import java.time.Instant;

/** An earlier text of a message, kept when it was edited or deleted. */
public record Revision(String kind, String body, Instant at) {}
