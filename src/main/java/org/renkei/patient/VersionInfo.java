package org.renkei.patient;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One version of a summary in the history: who saved it, when, and their note. */
public record VersionInfo(int version, long authorId, String authorName, Instant createdAt, @Nullable String note) {}
