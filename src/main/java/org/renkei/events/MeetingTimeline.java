package org.renkei.events;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.SqlTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A meeting's timeline (announced, registrations, moves up, attendance …): the only writer of {@code meeting_event}. */
@Component
class MeetingTimeline {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MeetingTimeline(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(MeetingEvent event) {
        String step = switch (event) {
            case MeetingEvent.Planned e -> "PLANNED";
            case MeetingEvent.Changed e -> "CHANGED";
            case MeetingEvent.CalledOff e -> "CALLED_OFF";
            case MeetingEvent.Registered e -> "REGISTERED_" + e.status();
            case MeetingEvent.RegistrationCancelled e -> "CANCELLED";
            case MeetingEvent.MovedUp e -> "MOVED_UP";
            case MeetingEvent.Attended e -> e.byCheckIn() ? "CHECKED_IN" : "ATTENDED";
            case MeetingEvent.AttendanceWithdrawn e -> "ABSENT";
            case MeetingEvent.GroupsFormed e -> "GROUPS";
            case MeetingEvent.SurveyAnswered e -> "SURVEYED";
        };
        String detail = event instanceof MeetingEvent.GroupsFormed g ? String.valueOf(g.groups()) : null;
        insert(event, step, detail);
    }

    /** The survey is anonymous to the organiser: its step names no member (the access log does, for the office). */
    private void insert(MeetingEvent e, String step, @Nullable String detail) {
        jdbc.update("INSERT INTO meeting_event (meeting_id, occurred_at, actor_id, actor_name, step, member_id, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", e.meetingId(), SqlTime.of(Instant.now(clock)), e.actor().memberId(),
                e.actor().name(), step, e instanceof MeetingEvent.SurveyAnswered ? null : e.memberId(), detail);
    }
}
