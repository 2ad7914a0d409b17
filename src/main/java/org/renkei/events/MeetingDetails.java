package org.renkei.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;

/**
 * One meeting for its page and the API: the announcement, the seats taken per profession, the reader's registration, who
 * else attends (those who agreed to be shown), what the reader may do now, and, for the organiser, the door's check-in
 * path.
 */
public record MeetingDetails(long id, long associationId, long organiserFacilityId, String organiserName, MeetingKind kind,
        String title, @Nullable String description, Instant startsAt, Instant endsAt, @Nullable String place,
        @Nullable String videoUrl, boolean openToAll, Set<Profession> professions, Set<FacilityType> facilityTypes,
        @Nullable Integer capacity, long confirmed, long waiting, Map<Profession, Seats> seats, @Nullable Instant deadline,
        boolean certificate, MeetingStatus status, boolean registrationOpen, boolean materials, @Nullable Mine mine,
        List<Attendee> attendees, Set<MeetingAction> allowedActions, @Nullable String checkInPath, long version) {

    /** Seats of one profession: taken and in all. */
    public record Seats(long taken, int seats) {}

    /** The reader's registration; {@code place} is their place on the waiting list (1 is next). */
    public record Mine(RegistrationStatus status, @Nullable Integer place, boolean shareName, boolean attended,
            @Nullable Integer group, boolean surveyed, @Nullable String certificateCode) {}

    /** Someone else who comes and agreed to be shown. */
    public record Attendee(String name, Profession profession, String facilityName) {}
}
