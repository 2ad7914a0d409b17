package org.renkei.events;

import org.jspecify.annotations.Nullable;
import org.renkei.security.Actor;

/**
 * What happened to a meeting or to a registration for it. The aggregate registers these; listeners keep the timeline,
 * the access log and the notices.
 */
public sealed interface MeetingEvent {

    long meetingId();

    Actor actor();

    /** The member the step concerns; null for steps of the meeting itself. */
    default @Nullable Long memberId() {
        return null;
    }

    record Planned(long meetingId, Actor actor) implements MeetingEvent {}

    record Changed(long meetingId, Actor actor) implements MeetingEvent {}

    record CalledOff(long meetingId, Actor actor) implements MeetingEvent {}

    record Registered(long meetingId, Long memberId, RegistrationStatus status, Actor actor) implements MeetingEvent {}

    record RegistrationCancelled(long meetingId, Long memberId, Actor actor) implements MeetingEvent {}

    /** キャンセル待ちの繰り上げ: a seat freed and the first waiting member who fits it has it. */
    record MovedUp(long meetingId, Long memberId, Actor actor) implements MeetingEvent {}

    record Attended(long meetingId, Long memberId, boolean byCheckIn, Actor actor) implements MeetingEvent {}

    record AttendanceWithdrawn(long meetingId, Long memberId, Actor actor) implements MeetingEvent {}

    record GroupsFormed(long meetingId, int groups, Actor actor) implements MeetingEvent {}

    record SurveyAnswered(long meetingId, Long memberId, Actor actor) implements MeetingEvent {}
}
