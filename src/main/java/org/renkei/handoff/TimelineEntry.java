package org.renkei.handoff;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a handoff: what happened, who did it, when. */
public record TimelineEntry(Instant at, String actorName, String kind, @Nullable String facilityName, @Nullable String detail) {}
