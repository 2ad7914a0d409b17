package org.renkei.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A meeting as the calendar lists it, with the reader's own registration if any and whether they attended. */
public record MeetingRow(long id, long associationId, MeetingKind kind, String title, Instant startsAt, Instant endsAt,
        @Nullable String place, boolean online, String organiserName, boolean openToAll, @Nullable Integer capacity,
        long confirmed, long waiting, MeetingStatus status, @Nullable RegistrationStatus mine, boolean attended) {

    /** No seat left in all (a seat of one profession may still be full while others are free). */
    public boolean full() {
        return capacity != null && confirmed >= capacity;
    }
}
