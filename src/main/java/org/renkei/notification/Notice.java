package org.renkei.notification;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A notice as the member's list shows it. */
public record Notice(long id, String kind, String messageKey, List<String> arguments, @Nullable String link,
        Instant createdAt, boolean read) {}
