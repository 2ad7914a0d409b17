package org.renkei.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A step on a meeting's timeline, for the organiser: when, who acted, what, for which member. */
public record TimelineStep(Instant at, String who, String step, @Nullable String member, @Nullable String detail) {}
