package org.renkei.messaging;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.renkei.audit.AuditLog;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberSummary;
import org.renkei.messaging.internal.MessageStore;
import org.renkei.notification.NoticeRequest;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.FileSniffing;
import org.renkei.platform.Inputs;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Posting and reading messages. A message is stored (numbered, logged) before anyone sees it; live
 * delivery follows the commit. A retried send (same client id) stores nothing new and answers with the
 * message stored the first time. Edits and deletions keep the original text for the author and the log.
 */
@Service
@Transactional
@EnableConfigurationProperties(MessagingProperties.class)
public class MessageService {

    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
    /** At most this many messages per history request; ask again from the last one for more. */
    public static final int MAX_PAGE = 500;

    private final MessageStore store;
    private final ConversationAccess access;
    private final LiveFeed live;
    private final DirectoryLookup directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Inputs inputs;
    private final Clock clock;
    private final Duration reminderInterval;
    private final ReadMarks readMarks;

    MessageService(MessageStore store, ConversationAccess access, LiveFeed live, DirectoryLookup directory, AuditLog audit,
            ApplicationEventPublisher events, Inputs inputs, Clock clock,
            MessagingProperties properties, ReadMarks readMarks) {
        this.readMarks = readMarks;
        this.store = store;
        this.access = access;
        this.live = live;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.inputs = inputs;
        this.clock = clock;
        this.reminderInterval = properties.urgentReminderInterval();
    }

    /** Posts a message; a retried send with the same client id returns the stored message, marked duplicate. */
    public Posted post(Actor actor, long conversationId, NewMessage message) {
        inputs.check(message);
        String body = message.body() == null ? "" : message.body().strip();
        if (body.isEmpty() && message.attachmentId() == null) {
            throw new InvalidInputException("body", "validation.NotBlank");
        }
        // the member's right to post was checked at the first post and is remembered until the room's access changes
        Conversation c = access.requireWriteOften(actor, conversationId,
                TransactionAspectSupport.currentTransactionStatus().isNewTransaction());
        // everything that can be done before the conversation's number is taken is done first: from the numbering to
        // the commit the conversation's row is locked, and the other posts to it wait
        AttachmentInfo attached = null;
        if (message.attachmentId() != null) {
            MessageStore.AttachmentRow a = store.attachment(message.attachmentId())
                    .orElseThrow(() -> new InvalidInputException("attachmentId", "message.attachment-unknown"));
            if (a.conversationId() != conversationId || a.uploaderId() != actor.memberId()) {
                throw new InvalidInputException("attachmentId", "message.attachment-unknown");
            }
            attached = a.info();
        }
        Instant now = Instant.now(clock);
        String preview = body.isEmpty() ? "📎" : body.length() > 100 ? body.substring(0, 100) + "…" : body;
        // locked from here to the commit: the number, the message, its entry in the access log
        long seq = store.nextSeq(conversationId, preview, actor.name(), now);
        long id;
        try {
            id = store.insertMessage(conversationId, seq, actor.memberId(), actor.name(), message.clientId(), body,
                    message.importance(), message.attachmentId(), now);
        } catch (DuplicateKeyException sentBefore) {
            // the same client id was stored before (a retried send, found by the unique key rather than by a query on
            // every post) or by a twin of this send that committed while this one waited for the number: that one is
            // the message. Nothing of this one may stay (its number would be a gap), so the transaction rolls back,
            // and the sender gets the stored one, marked duplicate.
            Optional<ChatMessage> earlier = store.byClientId(actor.memberId(), message.clientId());
            if (earlier.isEmpty()) {
                throw new ConflictException("message.sent-twice-at-once");
            }
            if (earlier.get().conversationId() != conversationId) {
                throw new InvalidInputException("clientId", "message.client-id-reused");
            }
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Posted(earlier.get(), true);
        }
        ChatMessage stored = new ChatMessage(conversationId, id, seq, actor.memberId(), actor.name(), message.clientId(), body,
                message.importance(), now, null, false, attached, 0);
        // mentions and urgent notices once the message is certain to be new (they are sent after the commit)
        notify(actor, c, stored);
        audit.record(actor, "message.posted", ConversationService.target(c, null), "#" + seq + " " + message.importance());
        live.afterCommit(ConversationEvent.of("message", stored));
        // what one wrote one has read: after the commit, in a batch
        readMarks.afterCommit(conversationId, actor.memberId(), seq);
        return new Posted(stored, false);
    }

    private void notify(Actor actor, Conversation c, ChatMessage m) {
        Importance importance = m.importance();
        String body = m.body();
        if (importance != Importance.URGENT && !body.contains("@")) {
            return;
        }
        Set<Long> members = new LinkedHashSet<>(access.members(c.id()));
        members.remove(actor.memberId());
        String link = "messages/" + c.id();
        if (importance == Importance.URGENT) {
            events.publishEvent(NoticeRequest.of(members, "message.urgent", "notice.urgent", link, actor.name()).withMail());
        }
        if (body.contains("@")) {
            Set<Long> mentioned = new LinkedHashSet<>();
            Map<Long, MemberSummary> names = directory.members(members);
            for (MemberSummary s : names.values()) {
                if (body.contains("@" + s.name()) || body.contains("@" + s.name().replace(" ", ""))) {
                    mentioned.add(s.id());
                }
            }
            if (!mentioned.isEmpty()) {
                events.publishEvent(NoticeRequest.of(mentioned, "message.mention", "notice.mention", link, actor.name()));
            }
        }
    }

    /**
     * Posts a notice of the portal itself into a patient's room (a handoff was sent, accepted …), in the name
     * of the member who caused it. The caller has checked that member's rights to the thing announced.
     */
    public void announce(Actor actor, long patientId, String clientId, String body) {
        announce(actor, patientId, clientId, body, Importance.NORMAL);
    }

    /**
     * The same, as an important or urgent post: the team is asked for 確認しました, and an urgent one reminds those who
     * have not confirmed (a backup bed needed today).
     */
    public void announce(Actor actor, long patientId, String clientId, String body, Importance importance) {
        Conversation room = store.patientRoom(patientId).orElseGet(() -> {
            try {
                return store.conversation(store.insertConversation(ConversationKind.PATIENT, patientId, null, null,
                        actor.memberId(), Instant.now(clock))).orElseThrow();
            } catch (DuplicateKeyException raced) {
                return store.patientRoom(patientId).orElseThrow();
            }
        });
        store.lock(room.id());
        if (store.byClientId(actor.memberId(), clientId).isPresent()) {
            return;
        }
        Instant now = Instant.now(clock);
        long seq = store.nextSeq(room.id(), body.length() > 100 ? body.substring(0, 100) + "…" : body, actor.name(), now);
        long id = store.insertMessage(room.id(), seq, actor.memberId(), actor.name(), clientId, body, importance, null, now);
        ChatMessage stored = new ChatMessage(room.id(), id, seq, actor.memberId(), actor.name(), clientId, body, importance, now, null,
                false, null, 0);
        if (importance == Importance.URGENT) {
            // as an urgent post by hand: the team is told at once (and reminded until they confirm); a portal text names nobody
            notify(actor, room, stored);
        }
        live.afterCommit(ConversationEvent.of("message", stored));
    }

    /**
     * The messages after {@code afterSeq}, oldest first, at most {@code limit}: what a reconnecting client
     * asks for with the last number it saw, getting exactly the gap. Logged.
     */
    public List<ChatMessage> after(Actor actor, long conversationId, long afterSeq, int limit) {
        Conversation c = access.requireRead(actor, conversationId);
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<ChatMessage> messages = store.range(conversationId, Math.max(0, afterSeq), Math.max(0, afterSeq) + size);
        audit.record(actor, "message.history-read", ConversationService.target(c, null), "after #" + afterSeq + ": " + messages.size());
        return messages;
    }

    /** MessageService numbered from..to (for the page's list, which asks for what it shows). Not logged: opening the conversation was. */
    @Transactional(readOnly = true)
    public List<ChatMessage> range(Actor actor, long conversationId, long fromSeq, long toSeq) {
        if (!access.mayRead(actor, conversationId)) {
            throw new AccessRefusedException("conversation.not-member");
        }
        return store.range(conversationId, Math.max(0, fromSeq - 1), toSeq);
    }

    /** Which of the messages numbered from..to this member confirmed (for showing 「確認しました」 as done). */
    @Transactional(readOnly = true)
    public Set<Long> myAcks(Actor actor, long conversationId, long fromSeq, long toSeq) {
        return store.ackedBy(conversationId, actor.memberId(), fromSeq, toSeq);
    }

    /** Opens a conversation in the page: checks and logs the read, returns where it stands. */
    public Conversation open(Actor actor, long conversationId) {
        Conversation c = access.requireRead(actor, conversationId);
        audit.record(actor, "message.conversation-opened", ConversationService.target(c, null), "#" + c.lastSeq());
        return c;
    }

    public void markRead(Actor actor, long conversationId, long seq) {
        if (access.mayRead(actor, conversationId)) {
            store.markRead(conversationId, actor.memberId(), seq, Instant.now(clock));
        }
    }

    /** 「確認しました」: the reader confirms; the author and the room see it live. */
    public void ack(Actor actor, long messageId) {
        ChatMessage m = store.message(messageId).orElseThrow(() -> new NotFoundException("message", messageId));
        // confirming speaks to the team: a reader by break-glass (read-only) or of a frozen record may not
        Conversation c = access.requireWrite(actor, m.conversationId());
        if (store.ack(messageId, actor.memberId(), Instant.now(clock))) {
            audit.record(actor, "message.acknowledged", ConversationService.target(c, null), "#" + m.seq());
            ChatMessage now = store.message(messageId).orElseThrow();
            live.afterCommit(new ConversationEvent("ack", c.id(), m.seq(), now, actor.memberId(), actor.name()));
        }
    }

    /** Who confirmed and who has not, for the author (and the room). */
    @Transactional(readOnly = true)
    public AckStatus ackStatus(Actor actor, long messageId) {
        ChatMessage m = store.message(messageId).orElseThrow(() -> new NotFoundException("message", messageId));
        if (!access.mayRead(actor, m.conversationId())) {
            throw new AccessRefusedException("conversation.not-member");
        }
        Map<Long, Instant> acks = store.acks(messageId);
        Set<Long> people = new LinkedHashSet<>(access.members(m.conversationId()));
        people.addAll(acks.keySet());
        Map<Long, MemberSummary> names = directory.members(people);
        List<AckStatus.Confirmed> confirmed = new ArrayList<>();
        acks.forEach((id, at) -> confirmed.add(new AckStatus.Confirmed(id, names.containsKey(id) ? names.get(id).name() : "?", at)));
        confirmed.sort(Comparator.comparing(AckStatus.Confirmed::at));
        List<String> pending = access.members(m.conversationId()).stream()
                .filter(id -> id != m.authorId() && !acks.containsKey(id) && names.containsKey(id))
                .map(id -> names.get(id).name()).sorted().toList();
        return new AckStatus(messageId, confirmed, pending);
    }

    /** Changes the text of one's own message; others see that it was edited, the original stays. */
    public ChatMessage edit(Actor actor, long messageId, String body) {
        ChatMessage m = own(actor, messageId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > 10_000) {
            throw new InvalidInputException("body", "validation.Size", 1, 10_000);
        }
        Conversation c = access.requireWrite(actor, m.conversationId());
        long revision = store.revise(messageId, "EDIT", m.body(), text, Instant.now(clock));
        // the log names where the original is kept, never the clinical text itself
        audit.record(actor, "message.edited", ConversationService.target(c, null), revisionNote(m, revision));
        ChatMessage now = store.message(messageId).orElseThrow();
        live.afterCommit(ConversationEvent.of("edited", now));
        return now;
    }

    /** Deletes one's own message: others see that it was deleted; the text stays for the author and the log. */
    public ChatMessage delete(Actor actor, long messageId) {
        ChatMessage m = own(actor, messageId);
        Conversation c = access.requireRead(actor, m.conversationId());
        long revision = store.revise(messageId, "DELETE", m.body(), null, Instant.now(clock));
        audit.record(actor, "message.deleted", ConversationService.target(c, null), revisionNote(m, revision));
        ChatMessage now = store.message(messageId).orElseThrow();
        live.afterCommit(ConversationEvent.of("deleted", now));
        return now;
    }

    private static String revisionNote(ChatMessage m, long revision) {
        return "#" + m.seq() + " (message " + m.id() + ", revision " + revision + ")";
    }

    /** The earlier texts of one's own message. */
    @Transactional(readOnly = true)
    public List<Revision> revisions(Actor actor, long messageId) {
        ChatMessage m = store.message(messageId).orElseThrow(() -> new NotFoundException("message", messageId));
        if (m.authorId() != actor.memberId()) {
            throw new AccessRefusedException("message.not-yours");
        }
        return store.revisions(messageId);
    }

    private ChatMessage own(Actor actor, long messageId) {
        ChatMessage m = store.message(messageId).orElseThrow(() -> new NotFoundException("message", messageId));
        if (m.authorId() != actor.memberId()) {
            throw new AccessRefusedException("message.not-yours");
        }
        if (m.deleted()) {
            throw new ConflictException("message.deleted");
        }
        return m;
    }

    /** Stores a photo or document for a message to come; the type is decided by its content. */
    public AttachmentInfo attach(Actor actor, long conversationId, String fileName, byte[] content) {
        access.requireWrite(actor, conversationId);
        if (content.length == 0 || content.length > MAX_ATTACHMENT_BYTES) {
            throw new InvalidInputException("file", "form.too-large", MAX_ATTACHMENT_BYTES / 1024 / 1024);
        }
        String type = FileSniffing.typeOf(content, FileSniffing.PICTURES_AND_PDF);
        if (type == null) {
            throw new InvalidInputException("file", "message.attachment-type", fileName);
        }
        String name = fileName.length() > 200 ? fileName.substring(fileName.length() - 200) : fileName;
        long id = store.attach(conversationId, actor.memberId(), name, type, content, sha256(content), Instant.now(clock));
        return new AttachmentInfo(id, name, type, content.length);
    }

    /** An attachment's content, for whoever may read its conversation. Logged. */
    public Download attachment(Actor actor, long attachmentId) {
        MessageStore.AttachmentRow a = store.attachment(attachmentId).orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        Conversation c = access.requireRead(actor, a.conversationId());
        audit.record(actor, "message.attachment-downloaded", ConversationService.target(c, null), a.info().fileName());
        return new Download(a.info(), store.attachmentContent(attachmentId));
    }

    /** An attachment with its bytes. */
    public record Download(AttachmentInfo info, byte[] content) {}

    /**
     * Reminds the members who have not confirmed an urgent post of the last day, every
     * {@code renkei.messaging.urgent-reminder-interval}, until they do.
     */
    @Scheduled(fixedDelayString = "${renkei.messaging.reminder-poll:60s}", initialDelayString = "${renkei.messaging.reminder-poll:60s}")
    public void remindUrgent() {
        Instant now = Instant.now(clock);
        for (ChatMessage m : store.urgentDue(now.minus(Duration.ofDays(1)), now.minus(reminderInterval))) {
            Map<Long, Instant> acks = store.acks(m.id());
            Set<Long> pending = new LinkedHashSet<>(access.members(m.conversationId()));
            pending.remove(m.authorId());
            pending.removeAll(acks.keySet());
            if (!pending.isEmpty()) {
                events.publishEvent(NoticeRequest.of(pending, "message.urgent-reminder", "notice.urgent-reminder",
                        "messages/" + m.conversationId(), m.authorName()));
            }
            store.reminded(m.id(), now);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
