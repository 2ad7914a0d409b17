package org.renkei.handoff;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** 退院前カンファレンス: a proposed or agreed time, where, and who answered what. */
public record Conference(long id, long handoffId, Instant startsAt, @Nullable String place, @Nullable String videoLink,
        String status, String proposedByName, Map<String, String> answers, @Nullable String minutesName) {

    public boolean agreed() {
        return "AGREED".equals(status);
    }
}
