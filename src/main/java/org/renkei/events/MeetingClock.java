package org.renkei.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.renkei.events.internal.Meeting;
import org.renkei.events.internal.Meetings;
import org.renkei.notification.NoticeRequest;
import org.renkei.platform.TimeConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The day-before reminder (前日のリマインド): each planned meeting starting within 24 hours is reminded once to its
 * confirmed members, by notice and mail. The meeting's row is locked while it is marked, so two nodes never both send.
 */
@Component
public class MeetingClock {

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("M/d HH:mm");

    private final Meetings meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    MeetingClock(Meetings meetings, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${renkei.events.poll:5m}", initialDelayString = "${renkei.events.poll:5m}")
    public void run() {
        Instant now = Instant.now(clock);
        meetings.findToRemind(now, now.plus(Duration.ofDays(1))).forEach(id -> tx.execute(s -> remind(id)));
    }

    /** Reminds one meeting's confirmed members unless it has been reminded already; true if it was now. */
    @Transactional
    public boolean remind(long meetingId) {
        Meeting m = meetings.requireLocked(meetingId);
        if (m.remindedAt() != null || m.status() != MeetingStatus.PLANNED) {
            return false;
        }
        m.reminded(Instant.now(clock));
        meetings.save(m);
        List<Long> confirmed = m.registrations().stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                .map(r -> r.memberId()).toList();
        if (!confirmed.isEmpty()) {
            events.publishEvent(NoticeRequest.of(confirmed, "events", "notice.events-reminder", "events/" + m.id(), m.title(),
                    WHEN.format(m.startsAt().atZone(TimeConfiguration.TOKYO))).withMail());
        }
        return true;
    }
}
