package org.renkei.events;

import java.util.Collection;
import java.util.List;
import org.renkei.events.internal.Meeting;
import org.renkei.events.internal.Meetings;
import org.renkei.events.internal.Registration;
import org.renkei.notification.NoticeRequest;
import org.renkei.platform.TimeConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is told: the member of their registration (確定 or キャンセル待ち), the member who moved up from the waiting list
 * (by mail too), everyone registered when the meeting is changed or called off (called off: by mail too).
 */
@Component
class MeetingNoticeListener {

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("M/d HH:mm");

    private final Meetings meetings;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    MeetingNoticeListener(Meetings meetings, ApplicationEventPublisher events, java.time.Clock clock) {
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(MeetingEvent event) {
        Meeting m = meetings.require(event.meetingId());
        if (!m.endsAt().isAfter(java.time.Instant.now(clock))) {
            return; // what is over needs no notice (the demo records past meetings)
        }
        String when = WHEN.format(m.startsAt().atZone(TimeConfiguration.TOKYO));
        switch (event) {
            case MeetingEvent.Registered e -> tell(List.of(e.memberId()), e.status() == RegistrationStatus.CONFIRMED
                    ? "notice.events-confirmed" : "notice.events-waiting", m, false, when);
            case MeetingEvent.MovedUp e -> tell(List.of(e.memberId()), "notice.events-moved-up", m, true, when);
            case MeetingEvent.Changed e -> tell(registered(m), "notice.events-changed", m, false, when);
            case MeetingEvent.CalledOff e -> tell(registered(m), "notice.events-called-off", m, true, when);
            default -> { }
        }
    }

    static List<Long> registered(Meeting m) {
        return m.registrations().stream().filter(r -> r.status().active()).map(Registration::memberId).toList();
    }

    private void tell(Collection<Long> members, String key, Meeting m, boolean mail, String when) {
        if (members.isEmpty()) {
            return;
        }
        NoticeRequest n = NoticeRequest.of(members, "events", key, "events/" + m.id(), m.title(), when);
        events.publishEvent(mail ? n.withMail() : n);
    }
}
