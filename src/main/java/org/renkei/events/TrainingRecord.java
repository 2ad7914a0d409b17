package org.renkei.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A meeting a member attended, for their training history (受講履歴). */
public record TrainingRecord(long meetingId, MeetingKind kind, String title, Instant startsAt, String organiserName,
        @Nullable String certificateCode) {}
