package org.renkei.handoff.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.handoff.Deadlines;
import org.renkei.handoff.DeclineReason;
import org.renkei.handoff.HandoffAction;
import org.renkei.handoff.HandoffEvent;
import org.renkei.handoff.HandoffKind;
import org.renkei.handoff.HandoffStatus;
import org.renkei.handoff.RecipientStatus;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A handoff: its kind, patient, sender, the sheet (JSON) and where it stands; the aggregate of its recipients'
 * answers. Each step takes the acting member and refuses what the state or the member does not allow (naming
 * the state); a step that succeeds registers its {@link HandoffEvent}, published when the handoff is saved.
 */
@Entity
@Table(name = "handoff")
public class Handoff extends AbstractAggregateRoot<Handoff> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    private HandoffKind kind;
    private long patientId;
    private long associationId;
    private long senderFacilityId;
    private long createdBy;
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    private HandoffStatus status;
    private LocalDate eventDate;
    private Instant dueAt;
    private @Nullable Instant sentAt;
    private @Nullable Instant completedAt;
    private @Nullable LocalDate firstVisitOn;
    private @Nullable LocalDate dischargedOn;
    private @Nullable Instant cancelledAt;
    private @Nullable String cancelReason;
    private String content;
    /** The attached care plan's name; the file itself is written and read by {@code CarePlanService}, never through here. */
    @Column(insertable = false, updatable = false)
    private @Nullable String carePlanName;

    @Version
    private long version;

    protected Handoff() {
        this.kind = HandoffKind.ADMISSION;
        this.createdAt = Instant.EPOCH;
        this.status = HandoffStatus.DRAFT;
        this.eventDate = LocalDate.EPOCH;
        this.dueAt = Instant.EPOCH;
        this.content = "";
    }

    public static Handoff draft(HandoffKind kind, long patientId, long associationId, long senderFacilityId, long by,
            LocalDate eventDate, String content, Instant now) {
        Handoff h = new Handoff();
        h.kind = kind;
        h.patientId = patientId;
        h.associationId = associationId;
        h.senderFacilityId = senderFacilityId;
        h.createdBy = by;
        h.createdAt = now;
        h.status = HandoffStatus.DRAFT;
        h.edit(eventDate, content);
        return h;
    }

    /** Once saved (it has its id): the draft was created by the member. */
    public Handoff created(Actor actor) {
        registerEvent(new HandoffEvent.Created(id(), actor));
        return this;
    }

    /** Changes the sheet; only the sender's facility, only a draft. */
    public void edit(Actor actor, LocalDate eventDate, String content) {
        requireSender(actor);
        edit(eventDate, content);
        registerEvent(new HandoffEvent.Edited(id(), actor));
    }

    private void edit(LocalDate eventDate, String content) {
        if (status != HandoffStatus.DRAFT) {
            throw refused("edit");
        }
        this.eventDate = eventDate;
        this.dueAt = Deadlines.due(kind, eventDate);
        this.content = content;
    }

    /** 送信 to every addressed facility. */
    public void send(Actor actor, List<Recipient> to, Instant now) {
        requireSender(actor);
        if (status != HandoffStatus.DRAFT) {
            throw refused("send");
        }
        to.forEach(r -> own(r).sent());
        status = HandoffStatus.SENT;
        sentAt = now;
        registerEvent(new HandoffEvent.Sent(id(), to.stream().map(Recipient::facilityId).toList(), actor));
    }

    /** 開封: the member opens it for their facility, if that facility is a recipient that has not yet opened it. */
    public void open(Actor actor, List<Recipient> to, Instant now) {
        if (status != HandoffStatus.SENT) {
            return;
        }
        for (Recipient r : to) {
            if (actor.worksAt(r.facilityId()) && own(r).open(actor.memberId(), now)) {
                registerEvent(new HandoffEvent.Opened(id(), r.id(), actor));
            }
        }
    }

    /** 受諾 by a recipient's facility: it takes the patient on (and joins the team, by the event). */
    public void accept(Actor actor, Recipient r, Instant now) {
        answering(actor, r, "accept");
        boolean unopened = r.receivedAt() == null;
        r.accept(actor.memberId(), now);
        if (unopened) {
            registerEvent(new HandoffEvent.Opened(id(), r.id(), actor));
        }
        registerEvent(new HandoffEvent.Accepted(id(), r.id(), r.facilityId(), r.role(), actor));
    }

    /** 辞退 by a recipient's facility, with a coded reason (and a note, required for "other"). */
    public void decline(Actor actor, Recipient r, @Nullable DeclineReason reason, @Nullable String note, Instant now) {
        if (reason == null) {
            throw new InvalidInputException("reason", "handoff.decline-reason-required");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (reason == DeclineReason.OTHER && text == null) {
            throw new InvalidInputException("note", "handoff.decline-note-required");
        }
        answering(actor, r, "decline");
        boolean unopened = r.receivedAt() == null;
        r.decline(actor.memberId(), reason, text, now);
        if (unopened) {
            registerEvent(new HandoffEvent.Opened(id(), r.id(), actor));
        }
        registerEvent(new HandoffEvent.Declined(id(), r.id(), r.facilityId(), reason, text, actor));
    }

    /** Whether the member may address another facility instead of this recipient: the sender's, once it declined. */
    public boolean mayReplace(Actor actor, Recipient r) {
        return actor.worksAt(senderFacilityId) && status == HandoffStatus.SENT && r.status() == RecipientStatus.DECLINED;
    }

    /** Refuses unless the sender may address {@code facilityId} instead of the declined recipient. */
    public void requireReplaceable(Actor actor, Recipient declined, List<Recipient> to, long facilityId) {
        requireSender(actor);
        requireSent("replace");
        own(declined).requireDeclined();
        if (to.stream().anyMatch(r -> r.facilityId() == facilityId && r.status() != RecipientStatus.DECLINED
                && r.status() != RecipientStatus.REPLACED)) {
            throw new ConflictException("handoff.already-addressed");
        }
    }

    /** 交代: {@code next} (saved, already sent) stands in for the declined recipient. */
    public void replaced(Actor actor, Recipient declined, Recipient next) {
        own(declined).replace(next.id());
        registerEvent(new HandoffEvent.Replaced(id(), next.id(), declined.facilityId(), next.facilityId(), actor));
    }

    /** 取消 by the sender's facility, with a reason; those who had it are told (by the event). */
    public void cancel(Actor actor, @Nullable String reason, List<Recipient> to, Instant now) {
        requireSender(actor);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "validation.NotBlank");
        }
        if (status != HandoffStatus.DRAFT && status != HandoffStatus.SENT) {
            throw refused("cancel");
        }
        status = HandoffStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = why;
        registerEvent(new HandoffEvent.Cancelled(id(), why, to.stream().filter(r -> r.status() != RecipientStatus.DRAFT)
                .map(Recipient::facilityId).toList(), actor));
    }

    /**
     * 完了: by the sender's facility or one that accepted, once someone accepted; a discharge needs the date of the
     * first visit at home.
     */
    public void complete(Actor actor, List<Recipient> to, @Nullable LocalDate firstVisit, @Nullable LocalDate discharged,
            Instant now) {
        if (!actor.worksAt(senderFacilityId) && !accepter(actor, to)) {
            throw new AccessRefusedException("handoff.not-yours");
        }
        if (status == HandoffStatus.SENT && to.stream().noneMatch(r -> r.status() == RecipientStatus.ACCEPTED)) {
            throw new ConflictException("handoff.nobody-accepted");
        }
        if (kind == HandoffKind.DISCHARGE && firstVisit == null) {
            throw new InvalidInputException("firstVisit", "handoff.first-visit-required");
        }
        LocalDate dischargeDay = kind == HandoffKind.DISCHARGE ? (discharged != null ? discharged : eventDate) : null;
        if (dischargeDay != null && firstVisit != null && dischargeDay.isAfter(firstVisit)) {
            throw new InvalidInputException("dischargedOn", "handoff.discharged-after-first-visit");
        }
        if (status != HandoffStatus.SENT) {
            throw refused("complete");
        }
        status = HandoffStatus.COMPLETED;
        completedAt = now;
        firstVisitOn = firstVisit;
        dischargedOn = dischargeDay;
        registerEvent(new HandoffEvent.Completed(id(), firstVisit, actor));
    }

    /** What the member may do now, as the steps above would allow it (for the page's buttons and the API). */
    public Set<HandoffAction> allowedActions(Actor actor, List<Recipient> to) {
        Set<HandoffAction> allowed = EnumSet.noneOf(HandoffAction.class);
        boolean sender = actor.worksAt(senderFacilityId);
        if (sender && status == HandoffStatus.DRAFT) {
            allowed.add(HandoffAction.EDIT);
            allowed.add(HandoffAction.SEND);
        }
        if (sender && (status == HandoffStatus.DRAFT || status == HandoffStatus.SENT)) {
            allowed.add(HandoffAction.CANCEL);
        }
        if (to.stream().anyMatch(r -> mayReplace(actor, r))) {
            allowed.add(HandoffAction.REPLACE);
        }
        if (status == HandoffStatus.SENT && to.stream().anyMatch(r -> r.awaitingAnswer() && actor.worksAt(r.facilityId()))) {
            allowed.add(HandoffAction.ANSWER);
        }
        if (status == HandoffStatus.SENT && (sender || accepter(actor, to))
                && to.stream().anyMatch(r -> r.status() == RecipientStatus.ACCEPTED)) {
            allowed.add(HandoffAction.COMPLETE);
        }
        // conferences: everyone who may read the handoff (the caller decided that) while it is sent
        if (status == HandoffStatus.SENT) {
            allowed.add(HandoffAction.CONFER);
            if (sender) {
                allowed.add(HandoffAction.FIX_CONFERENCE);
            }
        }
        if (sender && carePlanAttachable()) {
            allowed.add(HandoffAction.ATTACH_CARE_PLAN);
        }
        return allowed;
    }

    private static boolean accepter(Actor actor, List<Recipient> to) {
        return to.stream().anyMatch(r -> r.status() == RecipientStatus.ACCEPTED && actor.worksAt(r.facilityId()));
    }

    private void answering(Actor actor, Recipient r, String action) {
        own(r);
        if (!actor.worksAt(r.facilityId())) {
            throw new AccessRefusedException("handoff.only-recipient");
        }
        requireSent(action);
    }

    private Recipient own(Recipient r) {
        if (r.handoffId() != id()) {
            throw new NotFoundException("recipient", r.id());
        }
        return r;
    }

    /** The care manager attaches the care plan (居宅サービス計画書): to an admission sheet, while it is open. */
    public void requireCarePlanAttachable(Actor actor) {
        requireSender(actor);
        if (kind != HandoffKind.ADMISSION) {
            throw new ConflictException("handoff.care-plan-admission-only");
        }
        requireOpen("care-plan");
    }

    private boolean carePlanAttachable() {
        return kind == HandoffKind.ADMISSION && (status == HandoffStatus.DRAFT || status == HandoffStatus.SENT);
    }

    /** Refuses a member of another facility than the sender's. */
    public void requireSender(Actor actor) {
        if (!actor.worksAt(senderFacilityId)) {
            throw new AccessRefusedException("handoff.only-sender");
        }
    }

    /** Still a draft or sent: neither completed nor cancelled. */
    public void requireOpen(String action) {
        if (status != HandoffStatus.DRAFT && status != HandoffStatus.SENT) {
            throw refused(action);
        }
    }

    public void requireSent(String action) {
        if (status != HandoffStatus.SENT) {
            throw refused(action);
        }
    }

    private ConflictException refused(String action) {
        return new ConflictException("handoff.transition", new DefaultMessageSourceResolvable("handoff-status." + status),
                new DefaultMessageSourceResolvable("handoff-action." + action));
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public HandoffKind kind() {
        return kind;
    }

    public long patientId() {
        return patientId;
    }

    public long associationId() {
        return associationId;
    }

    public long senderFacilityId() {
        return senderFacilityId;
    }

    public long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable String carePlanName() {
        return carePlanName;
    }

    public HandoffStatus status() {
        return status;
    }

    public LocalDate eventDate() {
        return eventDate;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public @Nullable Instant sentAt() {
        return sentAt;
    }

    public @Nullable Instant completedAt() {
        return completedAt;
    }

    public @Nullable LocalDate firstVisitOn() {
        return firstVisitOn;
    }

    /** The day the patient actually left hospital, as given at completion (the planned day unless told otherwise). */
    public @Nullable LocalDate dischargedOn() {
        return dischargedOn;
    }

    public @Nullable String cancelReason() {
        return cancelReason;
    }

    public String content() {
        return content;
    }

    public long version() {
        return version;
    }
}
