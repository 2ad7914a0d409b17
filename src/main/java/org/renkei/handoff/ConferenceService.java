package org.renkei.handoff;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberSummary;
import org.renkei.handoff.internal.FileTypes;
import org.renkei.handoff.internal.Handoff;
import org.renkei.handoff.internal.Recipient;
import org.renkei.notification.NoticeRequest;
import org.renkei.patient.PatientRef;
import org.renkei.platform.ConflictException;
import org.renkei.platform.Inputs;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 退院前カンファレンス: those involved in a handoff propose times (a place or a video link), everyone answers,
 * the sender fixes one; the agreed time shows on everyone's list, and the minutes can be attached.
 */
@Service
@Transactional
public class ConferenceService {

    /** 出欠. */
    public enum Answer { YES, NO, MAYBE }

    /** A conference on a member's list. */
    public record Upcoming(long conferenceId, long handoffId, String patientName, Instant startsAt, @Nullable String place,
            @Nullable String videoLink) {}

    private final HandoffService handoffs;
    private final DirectoryLookup directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ConferenceService(HandoffService handoffs, DirectoryLookup directory, AuditLog audit, ApplicationEventPublisher events,
            JdbcTemplate jdbc, Clock clock) {
        this.handoffs = handoffs;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long propose(Actor actor, long handoffId, Instant startsAt, @Nullable String place, @Nullable String videoLink) {
        Handoff h = involved(actor, handoffId);
        h.requireSent("conference");
        if (!startsAt.isAfter(Instant.now(clock))) {
            throw new InvalidInputException("startsAt", "conference.in-the-past");
        }
        String where = Inputs.blank(place);
        String link = Inputs.blank(videoLink);
        if (where == null && link == null) {
            throw new InvalidInputException("place", "conference.place-or-link");
        }
        if (link != null && !link.matches("^https://\\S+$")) {
            throw new InvalidInputException("videoLink", "conference.link-https");
        }
        Instant now = Instant.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO conference (handoff_id, proposed_by, proposed_at, starts_at, place, video_link, status)
                    VALUES (?, ?, ?, ?, ?, ?, 'PROPOSED')""", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, handoffId);
            ps.setLong(2, actor.memberId());
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setTimestamp(4, Timestamp.from(startsAt));
            ps.setString(5, where);
            ps.setString(6, link);
            return ps;
        }, key);
        long id = Objects.requireNonNull(key.getKey()).longValue();
        answer(actor, id, Answer.YES);
        events.publishEvent(new HandoffEvent.ConferenceProposed(handoffId, startsAt, actor));
        events.publishEvent(NoticeRequest.of(people(h), "handoff.conference", "notice.conference-proposed", "handoffs/" + handoffId,
                patientOf(h).name(), Formats.time(startsAt)));
        return id;
    }

    public void answer(Actor actor, long conferenceId, Answer answer) {
        long handoffId = handoffOf(conferenceId);
        involved(actor, handoffId);
        jdbc.update("""
                INSERT INTO conference_answer (conference_id, member_id, answer, answered_at) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE answer = VALUES(answer), answered_at = VALUES(answered_at)""", conferenceId,
                actor.memberId(), answer.name(), Timestamp.from(Instant.now(clock)));
    }

    /** The sender fixes a proposed time; the others of that handoff are withdrawn. */
    public void agree(Actor actor, long conferenceId) {
        long handoffId = handoffOf(conferenceId);
        Handoff h = involved(actor, handoffId);
        h.requireSender(actor);
        String status = jdbc.queryForObject("SELECT status FROM conference WHERE id = ?", String.class, conferenceId);
        if (!"PROPOSED".equals(status)) {
            throw new ConflictException("conference.not-proposed");
        }
        jdbc.update("UPDATE conference SET status = 'CANCELLED' WHERE handoff_id = ? AND status = 'PROPOSED' AND id <> ?", handoffId, conferenceId);
        jdbc.update("UPDATE conference SET status = 'AGREED' WHERE id = ?", conferenceId);
        Instant startsAt = jdbc.queryForObject("SELECT starts_at FROM conference WHERE id = ?", Timestamp.class, conferenceId).toInstant();
        events.publishEvent(new HandoffEvent.ConferenceAgreed(handoffId, startsAt, actor));
        events.publishEvent(NoticeRequest.of(people(h), "handoff.conference", "notice.conference-agreed", "handoffs/" + handoffId,
                patientOf(h).name(), Formats.time(startsAt)).withMail());
    }

    /** 議事録: a PDF or image attached to the conference. */
    public void attachMinutes(Actor actor, long conferenceId, String fileName, byte[] content) {
        long handoffId = handoffOf(conferenceId);
        Handoff h = involved(actor, handoffId);
        String type = FileTypes.require("minutes", fileName, content);
        jdbc.update("UPDATE conference SET minutes_name = ?, minutes_type = ?, minutes = ? WHERE id = ?", fileName, type, content, conferenceId);
        audit.record(actor, "handoff.conference-minutes", HandoffService.target(h, patientOf(h)), fileName);
    }

    public AttachedFile minutes(Actor actor, long conferenceId) {
        long handoffId = handoffOf(conferenceId);
        Handoff h = involved(actor, handoffId);
        audit.record(actor, "handoff.conference-minutes-read", HandoffService.target(h, patientOf(h)), null);
        return jdbc.query("SELECT minutes_name, minutes_type, minutes FROM conference WHERE id = ? AND minutes IS NOT NULL",
                (rs, i) -> new AttachedFile(rs.getString(1), rs.getString(2), rs.getBytes(3)), conferenceId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("minutes", conferenceId));
    }

    @Transactional(readOnly = true)
    public List<Conference> of(Actor actor, long handoffId) {
        involved(actor, handoffId);
        record Row(long conference, long member, String answer) {}
        record Raw(long id, Instant startsAt, @Nullable String place, @Nullable String link, String status, long by,
                @Nullable String minutes) {}
        List<Row> rows = jdbc.query("""
                SELECT a.conference_id, a.member_id, a.answer FROM conference_answer a JOIN conference c ON c.id = a.conference_id
                WHERE c.handoff_id = ? ORDER BY a.answered_at""", (rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3)),
                handoffId);
        List<Raw> raws = jdbc.query("""
                SELECT id, starts_at, place, video_link, status, proposed_by, minutes_name FROM conference
                WHERE handoff_id = ? AND status <> 'CANCELLED' ORDER BY starts_at""", (rs, i) -> new Raw(rs.getLong(1),
                rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7)),
                handoffId);
        Set<Long> people = new HashSet<>();
        rows.forEach(r -> people.add(r.member()));
        raws.forEach(r -> people.add(r.by()));
        Map<Long, MemberSummary> names = directory.members(people);
        Map<Long, Map<String, String>> answers = new LinkedHashMap<>();
        for (Row r : rows) {
            MemberSummary m = names.get(r.member());
            answers.computeIfAbsent(r.conference(), k -> new LinkedHashMap<>()).put(m == null ? "?" : m.name(), r.answer());
        }
        return raws.stream().map(r -> new Conference(r.id(), handoffId, r.startsAt(), r.place(), r.link(), r.status(),
                names.containsKey(r.by()) ? names.get(r.by()).name() : "?", answers.getOrDefault(r.id(), Map.of()), r.minutes()))
                .toList();
    }

    /** Agreed conferences to come, of handoffs the member's facility sent or received. */
    @Transactional(readOnly = true)
    public List<Upcoming> upcoming(Actor actor) {
        if (actor.facilityId() == null) {
            return List.of();
        }
        return jdbc.query("""
                SELECT c.id, c.handoff_id, p.name, c.starts_at, c.place, c.video_link FROM conference c
                JOIN handoff h ON h.id = c.handoff_id JOIN patient p ON p.id = h.patient_id
                WHERE c.status = 'AGREED' AND c.starts_at > ? AND (h.sender_facility_id = ? OR EXISTS (
                  SELECT 1 FROM handoff_recipient r WHERE r.handoff_id = h.id AND r.facility_id = ? AND r.status = 'ACCEPTED'))
                ORDER BY c.starts_at""", (rs, i) -> new Upcoming(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)),
                Timestamp.from(Instant.now(clock)), actor.facilityId(), actor.facilityId());
    }

    private Handoff involved(Actor actor, long handoffId) {
        Handoff h = handoffs.load(handoffId);
        List<Recipient> to = handoffs.recipientsOf(handoffId);
        handoffs.requireReader(actor, h, to);
        return h;
    }

    private long handoffOf(long conferenceId) {
        return jdbc.queryForList("SELECT handoff_id FROM conference WHERE id = ?", Long.class, conferenceId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("conference", conferenceId));
    }

    private PatientRef patientOf(Handoff h) {
        return handoffs.patientRef(h);
    }

    private List<Long> people(Handoff h) {
        Set<Long> ids = new LinkedHashSet<>(directory.activeMemberIds(h.senderFacilityId()));
        handoffs.recipientsOf(h.id()).stream().filter(r -> r.status() == RecipientStatus.ACCEPTED
                || r.awaitingAnswer()).forEach(r -> ids.addAll(directory.activeMemberIds(r.facilityId())));
        return List.copyOf(ids);
    }

}
