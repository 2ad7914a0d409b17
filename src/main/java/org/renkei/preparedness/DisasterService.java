package org.renkei.preparedness;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.platform.AccessRefusedException;
import org.renkei.preparedness.internal.DisasterEvent;
import org.renkei.preparedness.internal.DisasterEvents;
import org.renkei.preparedness.internal.DisasterPlan;
import org.renkei.preparedness.internal.DisasterPlans;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disaster mode: an event declared for a district by its desk or its association, with a check for every user on the
 * district's register and the checker their plan names; the checkers record where each user stands and confirm the urgent
 * notice; the clock reminds them every 30 minutes of users still 未確認; the event is closed and its record kept. The event
 * decides each step; reading is {@link BoardQueries}.
 */
@Service
@Transactional
public class DisasterService {

    private final DisasterEvents events;
    private final DisasterPlans plans;
    private final PrepAccess access;
    private final BoardQueries boards;
    private final Clock clock;

    DisasterService(DisasterEvents events, DisasterPlans plans, PrepAccess access, BoardQueries boards, Clock clock) {
        this.events = events;
        this.plans = plans;
        this.access = access;
        this.boards = boards;
        this.clock = clock;
    }

    /** Declares an event for the district: every user there gets a check. {@code startedAt} null means now. */
    public EventInfo declare(Actor actor, long districtId, EventKind kind, String title, @Nullable Instant startedAt) {
        if (!access.active(actor)) {
            throw new AccessRefusedException("preparedness.not-your-district");
        }
        PrepAccess.Desk desk = access.deskOfDistrict(districtId);
        Map<Long, @Nullable Long> users = new LinkedHashMap<>();
        for (DisasterPlan p : plans.findInDistrict(districtId)) {
            users.put(p.patientId(), p.checkerMemberId());
        }
        Instant now = Instant.now(clock);
        DisasterEvent e = events.save(DisasterEvent.declare(actor, desk.associationId(), districtId, desk.facilityId(), kind, title,
                startedAt == null ? now : startedAt, users, now));
        return boards.info(actor, events.save(e.declared(actor)));
    }

    /** A checker (or the desk) records where a user stands: 無事, 要支援 with the hours left, 搬送済, 連絡つかず. */
    public void record(Actor actor, long eventId, long checkId, CheckState state, @Nullable Integer hoursLeft, @Nullable String note) {
        requireActive(actor);
        DisasterEvent e = events.require(eventId);
        e.record(actor, checkId, state, hoursLeft, note, Instant.now(clock));
        events.save(e);
    }

    /** 確認しました on the urgent notice. */
    public void acknowledge(Actor actor, long eventId, long checkId) {
        requireActive(actor);
        DisasterEvent e = events.require(eventId);
        e.acknowledge(actor, checkId, Instant.now(clock));
        events.save(e);
    }

    /** Closes the event, with what was learnt (for the after-action review). */
    public EventInfo end(Actor actor, long eventId, @Nullable String reviewNote) {
        requireActive(actor);
        DisasterEvent e = events.require(eventId);
        e.end(actor, reviewNote, Instant.now(clock));
        return boards.info(actor, events.save(e));
    }

    /** Reminds the checkers of every open event of users still 未確認 for 30 minutes; how many reminders went out. */
    public int remindUnchecked(Instant now) {
        int n = 0;
        for (DisasterEvent e : events.findOpen()) {
            int sent = e.remindUnchecked(portal(e.associationId()), now);
            if (sent > 0) {
                events.save(e);
                n += sent;
            }
        }
        return n;
    }

    /** The portal itself, as the actor of what the clock does. */
    static Actor portal(long associationId) {
        return new Actor(0, "portal", AuditLog.PORTAL, null, null, associationId, Set.of());
    }

    private void requireActive(Actor actor) {
        if (!access.active(actor)) {
            throw new AccessRefusedException("preparedness.not-your-check");
        }
    }
}
