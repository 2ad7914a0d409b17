package org.renkei.events;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.events.internal.Material;
import org.renkei.events.internal.Materials;
import org.renkei.events.internal.Meeting;
import org.renkei.events.internal.Meetings;
import org.renkei.platform.FileSniffing;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a meeting: announced and changed by its organiser, registered for and cancelled by members, attended by
 * the door's check-in link or the organiser's tick, split into groups, surveyed. Every step loads the meeting with its
 * row locked ({@link Meetings#requireLocked}), so concurrent registrations for the last seats are decided one after the
 * other and never overbook. Reading is {@link MeetingQueries}.
 */
@Service
@Transactional
public class EventService {

    /** Materials: one PDF up to 10 MB. */
    public static final int MATERIALS_LIMIT = 10 * 1024 * 1024;

    private final Meetings meetings;
    private final Materials materials;
    private final Participants participants;
    private final MeetingQueries queries;
    private final Clock clock;

    EventService(Meetings meetings, Materials materials, Participants participants, MeetingQueries queries, Clock clock) {
        this.meetings = meetings;
        this.materials = materials;
        this.participants = participants;
        this.queries = queries;
        this.clock = clock;
    }

    /** Announces a meeting held by {@code organiserFacilityId} (the actor's facility, or the association's office). */
    public MeetingDetails plan(Actor actor, long organiserFacilityId, MeetingPlan plan) {
        Meeting m = meetings.save(Meeting.plan(actor, participants.organiser(organiserFacilityId), plan, Instant.now(clock)));
        return queries.details(actor, meetings.save(m.planned(actor)));
    }

    public MeetingDetails change(Actor actor, long id, MeetingPlan plan) {
        Meeting m = meetings.requireLocked(id);
        m.change(actor, plan, Instant.now(clock));
        return queries.details(actor, meetings.save(m));
    }

    public MeetingDetails callOff(Actor actor, long id) {
        Meeting m = meetings.requireLocked(id);
        m.callOff(actor, Instant.now(clock));
        return queries.details(actor, meetings.save(m));
    }

    /** 申込: confirmed, or on the waiting list; {@code shareName}: others registered may see the member's name. */
    public MeetingDetails register(Actor actor, long id, boolean shareName) {
        var who = participants.requireRegistrant(actor);
        Meeting m = meetings.requireLocked(id);
        m.register(actor, who, shareName, Instant.now(clock));
        return queries.details(actor, meetings.saveAndFlush(m));
    }

    /** 取消 of the actor's own registration, or of a member's by the organiser. */
    public MeetingDetails cancel(Actor actor, long id, long memberId) {
        Meeting m = meetings.requireLocked(id);
        m.cancel(actor, memberId, Instant.now(clock));
        return queries.details(actor, meetings.saveAndFlush(m));
    }

    /** The door's QR link, opened by a logged-in member. */
    public MeetingDetails checkIn(Actor actor, long id, String code) {
        var who = participants.requireRegistrant(actor);
        Meeting m = meetings.requireLocked(id);
        m.checkIn(actor, who, code, Instant.now(clock));
        return queries.details(actor, meetings.save(m));
    }

    public void markAttendance(Actor actor, long id, long memberId, boolean present) {
        Meeting m = meetings.requireLocked(id);
        m.markAttendance(actor, memberId, present, Instant.now(clock));
        meetings.save(m);
    }

    /** Forms groups of about {@code size}, balanced by profession; returns how many. */
    public int formGroups(Actor actor, long id, int size) {
        Meeting m = meetings.requireLocked(id);
        int groups = m.formGroups(actor, size);
        meetings.save(m);
        return groups;
    }

    public void moveToGroup(Actor actor, long id, long memberId, @Nullable Integer group) {
        Meeting m = meetings.requireLocked(id);
        m.moveToGroup(actor, memberId, group);
        meetings.save(m);
    }

    public void answerSurvey(Actor actor, long id, int rating, @Nullable String comment) {
        Meeting m = meetings.requireLocked(id);
        m.answerSurvey(actor, rating, comment, Instant.now(clock));
        meetings.save(m);
    }

    /** The materials (a PDF, checked by its content), replacing earlier ones; the organiser's. */
    public void uploadMaterials(Actor actor, long id, String fileName, byte[] content) {
        Meeting m = meetings.requireLocked(id);
        if (!m.allowedActions(actor, null, Instant.now(clock)).contains(MeetingAction.EDIT)) {
            throw new org.renkei.platform.AccessRefusedException("events.not-organiser");
        }
        if (content.length > MATERIALS_LIMIT || !FileSniffing.PDF.equals(FileSniffing.typeOf(content))) {
            throw new InvalidInputException("materials", "events.materials-pdf");
        }
        String name = fileName.isBlank() ? "materials.pdf" : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        materials.save(new Material(id, name, content, Instant.now(clock)));
    }
}
