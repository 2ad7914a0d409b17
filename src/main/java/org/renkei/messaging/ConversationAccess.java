package org.renkei.messaging;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.renkei.messaging.internal.MessageStore;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PatientRef;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who may read and post in a conversation: in a patient's room, exactly those whom the patient rule lets
 * read (posting needs the right to write: on the team, consent in force); in groups and direct
 * conversations, their members. The same check guards the pages, the STOMP subscriptions and sends.
 * Keeps each conversation's members in memory for filtering live deliveries, forgotten when they change.
 * <p>
 * A member who may post in a room is remembered ({@link #requireWriteOften}): the next post skips the five queries of
 * the check. What was remembered is dropped when the room's access changes ({@link #forget}: a team place joined or
 * left, consent withdrawn, a transfer decided, a group's members; on every node through {@link RoomAccessChanged}), when
 * any member's sessions end (suspended, detached, new password), and after at most {@link #WRITERS_KEPT} in any case.
 * A decision is only kept if nothing of the room changed from before it was read to when it is kept (a generation per
 * room, moved on before and again after the change commits), so a check that read the old team cannot outlive the
 * change. Only positive decisions are kept: a refusal is always checked and logged anew.
 */
@Component
@Transactional(readOnly = true)
public class ConversationAccess {

    private final MessageStore store;
    private final PatientAccess patients;
    private final Map<Long, Set<Long>> membersByConversation = new ConcurrentHashMap<>();

    /** How long a remembered "may post" lasts at most, whatever is announced. */
    static final Duration WRITERS_KEPT = Duration.ofMinutes(5);
    /** Who may post where: (room, member, facility of the login) → the room, with the generations it was decided in. */
    private final Cache<Writer, Granted> writers = Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(WRITERS_KEPT).build();
    private final Map<Long, AtomicLong> roomGenerations = new ConcurrentHashMap<>();
    private final AtomicLong everyoneGeneration = new AtomicLong();

    private record Writer(long conversationId, long memberId, long facilityId) {}

    private record Granted(Conversation conversation, long roomGeneration, long everyoneGeneration) {}

    ConversationAccess(MessageStore store, PatientAccess patients) {
        this.store = store;
        this.patients = patients;
    }

    public Conversation conversation(long id) {
        return store.conversation(id).orElseThrow(() -> new NotFoundException("conversation", id));
    }

    /** The conversation if the member may read it; for a patient's room the refusal is logged. */
    @Transactional
    public Conversation requireRead(Actor actor, long conversationId) {
        Conversation c = conversation(conversationId);
        if (c.kind() == ConversationKind.PATIENT) {
            patients.checkRead(actor, c.patientId());
        } else if (!store.isMember(conversationId, actor.memberId())) {
            throw new AccessRefusedException("conversation.not-member");
        }
        return c;
    }

    /** The conversation if the member may post in it. */
    @Transactional
    public Conversation requireWrite(Actor actor, long conversationId) {
        Conversation c = conversation(conversationId);
        if (c.kind() == ConversationKind.PATIENT) {
            patients.checkWrite(actor, c.patientId());
        } else if (!store.isMember(conversationId, actor.memberId())) {
            throw new AccessRefusedException("conversation.not-member");
        }
        return c;
    }

    /**
     * {@link #requireWrite}, remembering the answer "yes" for the member's next posts (see the class comment).
     * {@code nothingReadYet}: the caller began its transaction itself and this is the first read in it (the
     * message's). Otherwise what the transaction reads may be older than the generation, so nothing is remembered or
     * used. Programs (API clients) are always checked: their right
     * follows their facility's members, whose changes are not announced to rooms.
     */
    @Transactional
    public Conversation requireWriteOften(Actor actor, long conversationId, boolean nothingReadYet) {
        if (actor.has(Role.API_CLIENT) || !nothingReadYet) {
            return requireWrite(actor, conversationId);
        }
        Writer key = new Writer(conversationId, actor.memberId(), actor.facilityId() == null ? -1 : actor.facilityId());
        long room = roomGeneration(conversationId).get();
        long everyone = everyoneGeneration.get();
        Granted granted = writers.getIfPresent(key);
        if (granted != null && granted.roomGeneration() == room && granted.everyoneGeneration() == everyone) {
            return granted.conversation();
        }
        // the generations were taken before anything of this transaction was read: a change committed after that
        // moves them on, and what is decided here is not kept
        Conversation c = requireWrite(actor, conversationId);
        writers.put(key, new Granted(c, room, everyone));
        if (roomGeneration(conversationId).get() != room || everyoneGeneration.get() != everyone) {
            writers.invalidate(key);
        }
        return c;
    }

    private AtomicLong roomGeneration(long conversationId) {
        return roomGenerations.computeIfAbsent(conversationId, id -> new AtomicLong());
    }

    /** Forgets every remembered right to post (a member's sessions ended: suspended, detached, new password). */
    public void forgetWriters() {
        everyoneGeneration.incrementAndGet();
        writers.invalidateAll();
    }

    /** The patient, if the member may read it (for opening its room). */
    @Transactional
    public PatientRef patientRef(Actor actor, long patientId) {
        return patients.checkRead(actor, patientId);
    }

    /** The patient of a room, for naming and logging (after access was checked). */
    @Transactional
    public PatientRef patientOf(Actor actor, Conversation c) {
        return patients.checkRead(actor, Objects.requireNonNull(c.patientId()));
    }

    /** Whether the member may read the conversation now, without logging: for subscriptions and live delivery. */
    public boolean mayRead(Actor actor, long conversationId) {
        Conversation c = store.conversation(conversationId).orElse(null);
        if (c == null) {
            return false;
        }
        return c.kind() == ConversationKind.PATIENT ? patients.mayRead(actor, c.patientId())
                : store.isMember(conversationId, actor.memberId());
    }

    /**
     * Until when the member may read the conversation: null when not at all, {@link java.time.Instant#MAX} while the
     * right lasts until something changes (and the change is announced), the grant's end for a patient's room read by
     * break-glass (緊急閲覧). One decision, nothing logged: for subscriptions.
     */
    public java.time.@Nullable Instant readableUntil(Actor actor, long conversationId) {
        Conversation c = store.conversation(conversationId).orElse(null);
        if (c == null) {
            return null;
        }
        if (c.kind() == ConversationKind.PATIENT) {
            return patients.readableUntil(actor, c.patientId());
        }
        return store.isMember(conversationId, actor.memberId()) ? Instant.MAX : null;
    }

    /** Whether the member may post in the conversation now, without logging (to show or hide the input). */
    public boolean mayWrite(Actor actor, long conversationId) {
        Conversation c = store.conversation(conversationId).orElse(null);
        if (c == null) {
            return false;
        }
        return c.kind() == ConversationKind.PATIENT ? patients.access(actor, c.patientId()).mayWrite()
                : store.isMember(conversationId, actor.memberId());
    }

    /** Everyone who belongs to the conversation now (cached until its membership changes). */
    public Set<Long> members(long conversationId) {
        return membersByConversation.computeIfAbsent(conversationId, id -> {
            Conversation c = conversation(id);
            return c.kind() == ConversationKind.PATIENT ? Set.copyOf(patients.teamMemberIds(c.patientId()))
                    : Set.copyOf(store.members(id));
        });
    }

    /**
     * Forgets what it knew of a conversation's members and who may post there (they changed): at once, and again when
     * the transaction that changes them commits (a check that read the old state meanwhile is not kept).
     */
    public void forget(long conversationId) {
        membersByConversation.remove(conversationId);
        roomGeneration(conversationId).incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    membersByConversation.remove(conversationId);
                    roomGeneration(conversationId).incrementAndGet();
                }
            });
        }
    }
}
