package org.renkei.handoff.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.handoff.DeclineReason;
import org.renkei.handoff.RecipientStatus;
import org.renkei.patient.TeamRole;
import org.renkei.platform.ConflictException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A facility a handoff is addressed to, in the role it would take on the team, and its answer. */
@Entity
@Table(name = "handoff_recipient")
public class Recipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long handoffId;
    private long facilityId;
    @Enumerated(EnumType.STRING)
    private TeamRole role;
    @Enumerated(EnumType.STRING)
    private RecipientStatus status;
    private @Nullable Instant receivedAt;
    private @Nullable Long receivedBy;
    private @Nullable Instant answeredAt;
    private @Nullable Long answeredBy;
    @Enumerated(EnumType.STRING)
    private @Nullable DeclineReason declineReason;
    private @Nullable String declineNote;
    private @Nullable Long replacedBy;

    protected Recipient() {
        this.role = TeamRole.VISITING_NURSE;
        this.status = RecipientStatus.DRAFT;
    }

    public Recipient(long handoffId, long facilityId, TeamRole role, RecipientStatus status) {
        this.handoffId = handoffId;
        this.facilityId = facilityId;
        this.role = role;
        this.status = status;
    }

    public void sent() {
        if (status != RecipientStatus.DRAFT) {
            throw refused("send");
        }
        status = RecipientStatus.SENT;
    }

    /** 開封: the first time someone of the facility opens it. Later openings change nothing. */
    public boolean open(long by, Instant now) {
        if (status != RecipientStatus.SENT) {
            return false;
        }
        status = RecipientStatus.RECEIVED;
        receivedAt = now;
        receivedBy = by;
        return true;
    }

    public void accept(long by, Instant now) {
        if (status != RecipientStatus.SENT && status != RecipientStatus.RECEIVED) {
            throw refused("accept");
        }
        markReceived(by, now);
        status = RecipientStatus.ACCEPTED;
        answeredAt = now;
        answeredBy = by;
    }

    public void decline(long by, DeclineReason reason, @Nullable String note, Instant now) {
        if (status != RecipientStatus.SENT && status != RecipientStatus.RECEIVED) {
            throw refused("decline");
        }
        markReceived(by, now);
        status = RecipientStatus.DECLINED;
        answeredAt = now;
        answeredBy = by;
        declineReason = reason;
        declineNote = note;
    }

    /** Refuses unless this recipient declined (only a declined one is replaced). */
    public void requireDeclined() {
        if (status != RecipientStatus.DECLINED) {
            throw refused("replace");
        }
    }

    public void replace(long newRecipient) {
        if (status != RecipientStatus.DECLINED) {
            throw refused("replace");
        }
        status = RecipientStatus.REPLACED;
        replacedBy = newRecipient;
    }

    private void markReceived(long by, Instant now) {
        if (receivedAt == null) {
            receivedAt = now;
            receivedBy = by;
        }
    }

    private ConflictException refused(String action) {
        return new ConflictException("handoff.recipient-transition", new DefaultMessageSourceResolvable("recipient-status." + status),
                new DefaultMessageSourceResolvable("handoff-action." + action));
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public long handoffId() {
        return handoffId;
    }

    public long facilityId() {
        return facilityId;
    }

    public TeamRole role() {
        return role;
    }

    public RecipientStatus status() {
        return status;
    }

    public @Nullable Instant receivedAt() {
        return receivedAt;
    }

    public @Nullable Instant answeredAt() {
        return answeredAt;
    }

    public @Nullable Long answeredBy() {
        return answeredBy;
    }

    public @Nullable DeclineReason declineReason() {
        return declineReason;
    }

    public @Nullable String declineNote() {
        return declineNote;
    }

    public @Nullable Long replacedBy() {
        return replacedBy;
    }

    public boolean awaitingAnswer() {
        return status == RecipientStatus.SENT || status == RecipientStatus.RECEIVED;
    }
}
