package org.renkei.handoff;

import java.time.Instant;
import java.time.LocalDate;

/** A handoff in a list: whose, which kind, where it stands, whether it is late. */
public record HandoffCard(long id, HandoffKind kind, long patientId, String patientName, String senderFacilityName,
        String recipientsSummary, HandoffStatus status, LocalDate eventDate, Instant dueAt, boolean late) {}
