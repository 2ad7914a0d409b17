package org.renkei.handoff;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.FacilityType;
import org.renkei.patient.TeamRole;

/** A recipient as the handoff page shows it; {@code replaceable} when this member may address another facility instead. */
public record RecipientDetails(long id, long facilityId, String facilityName, FacilityType facilityType, TeamRole role,
        RecipientStatus status, @Nullable Instant receivedAt, @Nullable Instant answeredAt, @Nullable String answeredByName,
        @Nullable DeclineReason declineReason, @Nullable String declineNote, boolean late, boolean replaceable) {}
