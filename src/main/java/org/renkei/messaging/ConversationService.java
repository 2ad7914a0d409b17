package org.renkei.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberStatus;
import org.renkei.directory.MemberSummary;
import org.renkei.messaging.internal.MessageStore;
import org.renkei.patient.PatientRef;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The member's conversations: the patient's room, groups, direct conversations, and the list with unread counts. */
@Service
@Transactional
public class ConversationService {

    private final MessageStore store;
    private final ConversationAccess access;
    private final DirectoryLookup directory;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final ReadMarks readMarks;
    private final Clock clock;

    ConversationService(MessageStore store, ConversationAccess access, DirectoryLookup directory, AuditLog audit, JdbcTemplate jdbc,
            Clock clock, ReadMarks readMarks) {
        this.readMarks = readMarks;
        this.store = store;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The patient's room (患者グループ), created the first time a team member opens it. */
    public Conversation patientRoom(Actor actor, long patientId) {
        PatientRef patient = access.patientRef(actor, patientId);
        return store.patientRoom(patient.id()).orElseGet(() -> create(ConversationKind.PATIENT, patient.id(), null, null, actor));
    }

    /** A group of members from any facilities, with the creator in it. */
    public Conversation group(Actor actor, String title, Collection<Long> memberIds) {
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidInputException("title", "validation.Size", 1, 100);
        }
        Set<Long> members = active(memberIds);
        members.add(actor.memberId());
        Conversation c = create(ConversationKind.GROUP, null, null, name, actor);
        Instant now = Instant.now(clock);
        members.forEach(m -> store.addMember(c.id(), m, now));
        audit.record(actor, "conversation.group-created", target(c, name), members.size() + " members");
        return c;
    }

    /** The direct conversation of two members, created once. */
    public Conversation direct(Actor actor, long otherMemberId) {
        if (otherMemberId == actor.memberId() || active(List.of(otherMemberId)).isEmpty()) {
            throw new InvalidInputException("member", "conversation.direct-invalid");
        }
        String key = Math.min(actor.memberId(), otherMemberId) + ":" + Math.max(actor.memberId(), otherMemberId);
        return store.direct(key).orElseGet(() -> {
            Conversation c = create(ConversationKind.DIRECT, null, key, null, actor);
            Instant now = Instant.now(clock);
            store.addMember(c.id(), actor.memberId(), now);
            store.addMember(c.id(), otherMemberId, now);
            return c;
        });
    }

    public void addMembers(Actor actor, long conversationId, Collection<Long> memberIds) {
        Conversation c = access.requireWrite(actor, conversationId);
        if (c.kind() != ConversationKind.GROUP) {
            throw new InvalidInputException("member", "conversation.not-a-group");
        }
        Instant now = Instant.now(clock);
        active(memberIds).forEach(m -> store.addMember(conversationId, m, now));
        access.forget(conversationId);
        audit.record(actor, "conversation.members-added", target(c, c.title()), memberIds.toString());
    }

    public void leave(Actor actor, long conversationId) {
        Conversation c = access.requireRead(actor, conversationId);
        if (c.kind() != ConversationKind.GROUP) {
            throw new InvalidInputException("member", "conversation.not-a-group");
        }
        store.removeMember(conversationId, actor.memberId(), Instant.now(clock));
        access.forget(conversationId);
    }

    /**
     * 会話の一覧: the rooms of my patients that have a conversation, and my groups and direct conversations,
     * the most recent first, with the unread count (two queries and a name lookup, whatever the count).
     */
    @Transactional(readOnly = true)
    public List<ConversationSummary> mine(Actor actor, int limit) {
        readMarks.flush(); // the marks of posts that just committed, before the unread counts are read
        long facility = actor.facilityId() == null ? -1 : actor.facilityId();
        List<Object[]> rows = jdbc.query("""
                SELECT c.id, c.kind, c.patient_id, c.title, c.last_seq, COALESCE(r.last_read_seq, 0), c.last_message_at,
                       c.last_preview, c.last_author, p.name, c.direct_key
                FROM conversation c
                LEFT JOIN patient p ON p.id = c.patient_id
                LEFT JOIN conversation_read r ON r.member_id = ? AND r.conversation_id = c.id
                WHERE c.id IN (
                    SELECT conversation_id FROM conversation_member WHERE member_id = ? AND left_at IS NULL
                    UNION
                    SELECT c2.id FROM conversation c2 JOIN care_team_member t ON t.patient_id = c2.patient_id
                    JOIN patient p2 ON p2.id = c2.patient_id AND p2.status = 'ACTIVE'
                    WHERE t.removed_at IS NULL AND (t.member_id = ? OR t.facility_id = ?))
                ORDER BY COALESCE(c.last_message_at, c.created_at) DESC LIMIT ?""",
                (rs, i) -> new Object[] {rs.getLong(1), ConversationKind.valueOf(rs.getString(2)),
                        rs.getObject(3) == null ? null : rs.getLong(3), rs.getString(4), rs.getLong(5), rs.getLong(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11)},
                actor.memberId(), actor.memberId(), actor.memberId(), facility, limit);
        Set<Long> others = new LinkedHashSet<>();
        for (Object[] r : rows) {
            if (r[10] != null) {
                for (String part : ((String) r[10]).split(":")) {
                    long id = Long.parseLong(part);
                    if (id != actor.memberId()) {
                        others.add(id);
                    }
                }
            }
        }
        Map<Long, MemberSummary> names = others.isEmpty() ? Map.of() : directory.members(others);
        List<ConversationSummary> list = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            ConversationKind kind = (ConversationKind) r[1];
            String title = switch (kind) {
                case PATIENT -> (String) r[9];
                case GROUP -> (String) r[3];
                case DIRECT -> directTitle((String) r[10], actor.memberId(), names);
            };
            list.add(new ConversationSummary((Long) r[0], kind, title == null ? "" : title, (Long) r[2], (Long) r[4],
                    (Long) r[5], (Instant) r[6], (String) r[7], (String) r[8]));
        }
        return list;
    }

    /** Whether the member may post in a patient's room (on the team, consent in force), without logging. */
    @Transactional(readOnly = true)
    public boolean patientWritable(Actor actor, Conversation c) {
        return access.mayWrite(actor, c.id());
    }

    /** The title of one conversation as the member sees it. */
    @Transactional(readOnly = true)
    public String title(Actor actor, Conversation c) {
        return switch (c.kind()) {
            case PATIENT -> access.patientOf(actor, c).name();
            case GROUP -> c.title() == null ? "" : c.title();
            case DIRECT -> {
                Map<Long, MemberSummary> names = directory.members(store.members(c.id()));
                yield names.values().stream().filter(m -> m.id() != actor.memberId()).map(MemberSummary::name)
                        .findFirst().orElse("");
            }
        };
    }

    /** The members of a conversation, for mentions and the members list. */
    @Transactional(readOnly = true)
    public List<MemberSummary> members(Actor actor, long conversationId) {
        access.requireRead(actor, conversationId);
        return new ArrayList<>(directory.members(access.members(conversationId)).values());
    }

    private String directTitle(String key, long me, Map<Long, MemberSummary> names) {
        for (String part : key.split(":")) {
            long id = Long.parseLong(part);
            if (id != me && names.containsKey(id)) {
                return names.get(id).name();
            }
        }
        return "";
    }

    private Set<Long> active(Collection<Long> memberIds) {
        Set<Long> ids = new LinkedHashSet<>();
        directory.members(memberIds).values().stream().filter(m -> m.status() == MemberStatus.ACTIVE)
                .forEach(m -> ids.add(m.id()));
        return ids;
    }

    private Conversation create(ConversationKind kind, @Nullable Long patientId, @Nullable String directKey, @Nullable String title,
            Actor actor) {
        try {
            long id = insertAlone(kind, patientId, directKey, title, actor.memberId());
            return store.conversation(id).orElseThrow();
        } catch (DuplicateKeyException raced) {
            return (patientId != null ? store.patientRoom(patientId) : store.direct(Objects.requireNonNull(directKey)))
                    .orElseThrow(() -> new NotFoundException("conversation", patientId));
        }
    }

    private long insertAlone(ConversationKind kind, @Nullable Long patientId, @Nullable String directKey, @Nullable String title,
            long by) {
        return store.insertConversation(kind, patientId, directKey, title, by, Instant.now(clock));
    }

    static AuditTarget target(Conversation c, @Nullable String label) {
        return new AuditTarget("conversation", c.id(), label == null ? "#" + c.id() : label, null, c.patientId());
    }
}
