package org.renkei.handoff.internal;

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
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.handoff.Deadlines;
import org.renkei.handoff.HandoffKind;
import org.renkei.handoff.HandoffStatus;
import org.renkei.platform.ConflictException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A handoff: its kind, patient, sender, the sheet (JSON) and where it stands. */
@Entity
@Table(name = "handoff")
public class Handoff {

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
    private @Nullable Instant cancelledAt;
    private @Nullable String cancelReason;
    private String content;
    /** The attached care plan's name; the file itself is written and read by {@code CarePlans}, never through here. */
    @jakarta.persistence.Column(insertable = false, updatable = false)
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

    /** Changes the sheet; only a draft can change. */
    public void edit(LocalDate eventDate, String content) {
        if (status != HandoffStatus.DRAFT) {
            throw refused("edit");
        }
        this.eventDate = eventDate;
        this.dueAt = Deadlines.due(kind, eventDate);
        this.content = content;
    }

    public void send(Instant now) {
        if (status != HandoffStatus.DRAFT) {
            throw refused("send");
        }
        status = HandoffStatus.SENT;
        sentAt = now;
    }

    public void complete(@Nullable LocalDate firstVisit, Instant now) {
        if (status != HandoffStatus.SENT) {
            throw refused("complete");
        }
        status = HandoffStatus.COMPLETED;
        completedAt = now;
        firstVisitOn = firstVisit;
    }

    public void cancel(String reason, Instant now) {
        if (status != HandoffStatus.DRAFT && status != HandoffStatus.SENT) {
            throw refused("cancel");
        }
        status = HandoffStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = reason;
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
