package org.renkei.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.renkei.messaging.internal.MessageStore;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PatientRef;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read and post in a conversation: in a patient's room, exactly those whom the patient rule lets
 * read (posting needs the right to write: on the team, consent in force); in groups and direct
 * conversations, their members. The same check guards the pages, the STOMP subscriptions and sends.
 * Keeps each conversation's members in memory for filtering live deliveries, forgotten when they change.
 */
@Component
@Transactional(readOnly = true)
public class ConversationAccess {

    private final MessageStore store;
    private final PatientAccess patients;
    private final Map<Long, Set<Long>> membersByConversation = new ConcurrentHashMap<>();

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

    /** Forgets what it knew of a conversation's members (they changed). */
    public void forget(long conversationId) {
        membersByConversation.remove(conversationId);
    }
}
