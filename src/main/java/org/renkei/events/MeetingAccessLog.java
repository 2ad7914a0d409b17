package org.renkei.events;

import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.events.internal.Meeting;
import org.renkei.events.internal.Meetings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The access-log entry of every step, in its transaction, named by the meeting (and the member a step concerns). */
@Component
class MeetingAccessLog {

    private final Meetings meetings;
    private final AuditLog audit;

    MeetingAccessLog(Meetings meetings, AuditLog audit) {
        this.meetings = meetings;
        this.audit = audit;
    }

    @EventListener
    void on(MeetingEvent e) {
        String action = switch (e) {
            case MeetingEvent.Planned x -> "events.planned";
            case MeetingEvent.Changed x -> "events.changed";
            case MeetingEvent.CalledOff x -> "events.called-off";
            case MeetingEvent.Registered x -> "events.registered";
            case MeetingEvent.RegistrationCancelled x -> "events.cancelled";
            case MeetingEvent.MovedUp x -> "events.moved-up";
            case MeetingEvent.Attended x -> "events.attended";
            case MeetingEvent.AttendanceWithdrawn x -> "events.attendance-withdrawn";
            case MeetingEvent.GroupsFormed x -> "events.groups-formed";
            case MeetingEvent.SurveyAnswered x -> "events.survey-answered";
        };
        Meeting m = meetings.require(e.meetingId());
        audit.record(e.actor(), action, AuditTarget.of("meeting", m.id(), m.title(), m.associationId()),
                e.memberId() == null ? null : "member " + e.memberId());
    }
}
