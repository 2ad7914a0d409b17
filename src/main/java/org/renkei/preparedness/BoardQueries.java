package org.renkei.preparedness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.CoveredPatient;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.platform.AccessRefusedException;
import org.renkei.preparedness.internal.Check;
import org.renkei.preparedness.internal.DisasterEvent;
import org.renkei.preparedness.internal.DisasterEvents;
import org.renkei.preparedness.internal.EventLog;
import org.renkei.preparedness.internal.EventLogRow;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading disaster events: the list (the district's desk and the association's administrators see their events; a checker
 * the events they check in), and the board: every check for the desk (the patients whose consent admits it), a checker's
 * own checks only, and only the counts for the association's office, which reads no clinical content.
 */
@Service
@Transactional(readOnly = true)
public class BoardQueries {

    private final DisasterEvents events;
    private final EventLog log;
    private final PrepAccess access;
    private final PrimaryPhysicians primaries;
    private final DirectoryLookup directory;
    private final AuditLog audit;

    BoardQueries(DisasterEvents events, EventLog log, PrepAccess access, PrimaryPhysicians primaries, DirectoryLookup directory,
            AuditLog audit) {
        this.events = events;
        this.log = log;
        this.access = access;
        this.primaries = primaries;
        this.directory = directory;
        this.audit = audit;
    }

    /** The events this member sees: those they run (desk, association), and those they check in. */
    public List<EventInfo> events(Actor actor) {
        if (!access.active(actor)) {
            return List.of();
        }
        Map<Long, DisasterEvent> seen = new java.util.LinkedHashMap<>();
        Long association = actor.associationId();
        // the event decides (listedFor); the query only narrows to who can be listed: the association's administrators
        // to its events, anyone else to those of a desk at their facility (none for most members)
        if (association != null) {
            List<DisasterEvent> candidates = actor.administers(association) ? events.findForAssociation(association)
                    : actor.facilityId() != null ? events.findForDesk(association, actor.facilityId()) : List.of();
            candidates.stream().filter(e -> e.listedFor(actor)).forEach(e -> seen.put(e.id(), e));
        }
        events.findChecking(actor.memberId()).stream().filter(e -> !e.checksOf(actor).isEmpty()).forEach(e -> seen.putIfAbsent(e.id(), e));
        Map<Long, String> districts = new java.util.HashMap<>();
        return seen.values().stream().map(e -> info(actor, e, districts)).toList();
    }

    /** Whether the member may declare an event for the district (its desk, its association's administrators). */
    public boolean mayDeclare(Actor actor, long districtId) {
        try {
            PrepAccess.Desk desk = access.deskOfDistrict(districtId);
            return access.active(actor) && DisasterEvent.runs(actor, desk.associationId(), desk.facilityId());
        } catch (RuntimeException noDesk) {
            return false;
        }
    }

    /** The board, read and logged (a page opening it, the API). */
    @Transactional
    public Board board(Actor actor, long eventId) {
        return board(actor, eventId, true);
    }

    /**
     * The board again after a push: the same rule, not logged again (the page logged the board when it opened it, and a
     * busy event pushes many times a minute).
     */
    @Transactional
    public Board refresh(Actor actor, long eventId) {
        return board(actor, eventId, false);
    }

    private Board board(Actor actor, long eventId, boolean logged) {
        DisasterEvent e = events.require(eventId);
        // asked once: every push re-reads each open board
        boolean active = access.active(actor);
        boolean runs = active && DisasterEvent.runs(actor, e.associationId(), e.deskFacilityId());
        // the desk's members and its program read every check (the program to report; only people record)
        boolean desk = active && actor.worksAt(e.deskFacilityId());
        List<Check> visible;
        if (desk) {
            List<Long> ids = e.checks().stream().map(Check::patientId).toList();
            var covered = access.registerVisible(actor, ids);
            visible = e.checks().stream().filter(c -> covered.contains(c.patientId())).toList();
        } else {
            visible = active ? e.checksOf(actor) : List.of();
            if (visible.isEmpty() && !runs) {
                // neither the desk, nor its association, nor a checker in this event
                throw new AccessRefusedException("preparedness.not-your-event");
            }
        }
        Map<Long, CoveredPatient> patients = primaries.find(visible.stream().map(Check::patientId).toList());
        Map<Long, MemberSummary> checkers = directory.members(visible.stream().map(Check::checkerMemberId)
                .filter(Objects::nonNull).distinct().toList());
        List<Board.Row> rows = new ArrayList<>(visible.size());
        for (Check c : visible) {
            CoveredPatient p = patients.get(c.patientId());
            if (p == null) {
                continue;
            }
            MemberSummary checker = c.checkerMemberId() == null ? null : checkers.get(c.checkerMemberId());
            boolean mine = Objects.equals(c.checkerMemberId(), actor.memberId());
            rows.add(new Board.Row(c.id(), p.id(), p.name(), p.address(), p.phone(), PlanQueries.kinds(p.summary()),
                    p.summary().deviceProfile().batteryRuntimeMinutes(), c.checkerMemberId(), checker == null ? null : checker.name(),
                    c.state(), c.hoursLeft(), c.note(), c.updatedAt(), c.updatedBy(), c.acknowledgedAt(), mine,
                    e.mayRecord(actor, c), e.mayAcknowledge(actor, c)));
        }
        List<Board.LogLine> lines = List.of();
        if (desk) {
            Map<Long, String> names = new java.util.HashMap<>();
            rows.forEach(r -> names.put(r.patientId(), r.name()));
            lines = log.findByEvent(eventId).stream().filter(l -> l.patientId() == null || names.containsKey(l.patientId()))
                    .map(l -> line(l, names)).toList();
        }
        if (logged && !rows.isEmpty()) {
            audit.recordAll(actor, "preparedness.board-viewed", rows.stream()
                    .map(r -> PrepAccessLog.target(r.patientId(), r.name(), e.associationId())).toList(), "event " + e.id());
        } else if (logged) {
            audit.record(actor, "preparedness.board-viewed", event(e), "event " + e.id());
        }
        return new Board(info(actor, e), rows, lines);
    }

    private static Board.LogLine line(EventLogRow l, Map<Long, String> names) {
        return new Board.LogLine(l.occurredAt(), l.actorName(), l.step(), l.patientId(),
                l.patientId() == null ? null : names.get(l.patientId()), l.state(), l.hoursLeft(), l.note());
    }

    static AuditTarget event(DisasterEvent e) {
        return AuditTarget.of("prep-event", e.id(), e.title(), e.associationId());
    }

    EventInfo info(Actor actor, DisasterEvent e) {
        return info(actor, e, new java.util.HashMap<>());
    }

    /** {@code districts}: the district names already found for this list (its events are mostly of one district). */
    private EventInfo info(Actor actor, DisasterEvent e, Map<Long, String> districts) {
        Map<CheckState, Integer> counts = new EnumMap<>(CheckState.class);
        for (CheckState s : CheckState.values()) {
            counts.put(s, 0);
        }
        int mine = 0;
        for (Check c : e.checks()) {
            counts.merge(c.state(), 1, Integer::sum);
            if (Objects.equals(c.checkerMemberId(), actor.memberId())) {
                mine++;
            }
        }
        String district = districts.computeIfAbsent(e.districtId(), id -> {
            try {
                return access.deskOfDistrict(id).districtName();
            } catch (RuntimeException noDesk) {
                return "";
            }
        });
        return new EventInfo(e.id(), e.kind(), e.title(), e.districtId(), district, e.startedAt(), e.declaredBy(), e.endedAt(),
                e.endedBy(), e.reviewNote(), counts, mine, DisasterEvent.runs(actor, e.associationId(), e.deskFacilityId()));
    }
}
