package org.renkei.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;

/** A registration as the organiser's list shows it, with the contacts only the organiser's administrators see. */
public record ParticipantInfo(long memberId, String name, Profession profession, long facilityId, String facilityName,
        FacilityType facilityType, RegistrationStatus status, Instant registeredAt, boolean attended, @Nullable Integer group,
        @Nullable String email, @Nullable String facilityPhone, boolean certificate) {}
