package org.renkei.oncall.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.oncall.CoverEvent;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One slot of a pool's rota: from, to, the doctor who answers second call and the backup. A slot without a doctor is
 * a gap (the coordinator sees it in red). Only the pool's association fills it.
 */
@Entity
@Table(name = "rota_slot")
public class RotaSlot extends AbstractAggregateRoot<RotaSlot> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long poolId;
    private Instant startsAt;
    private Instant endsAt;
    private @Nullable Long coveringMemberId;
    private @Nullable Long backupMemberId;
    private @Nullable Long assignedBy;
    private @Nullable Instant assignedAt;

    @Version
    private long version;

    protected RotaSlot() {
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
    }

    public RotaSlot(long poolId, Instant startsAt, Instant endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("endsAt", "oncall.period-order");
        }
        this.poolId = poolId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    /**
     * Puts a doctor (and a backup) on the slot, or takes them off (a gap again). The pool's association only; not a
     * slot that has ended; the backup is another doctor. Whether the doctors are physicians of active clinics in the
     * pool and free at that time is checked by the service, which sees their other slots.
     */
    public void assign(Actor actor, long poolAssociationId, @Nullable Long covering, @Nullable Long backup, Instant now) {
        if (!actor.administers(poolAssociationId)) {
            throw new AccessRefusedException("oncall.not-coordinator");
        }
        if (!endsAt.isAfter(now)) {
            throw new ConflictException("oncall.period-ended");
        }
        if (covering == null && backup != null) {
            throw new InvalidInputException("covering", "validation.NotNull");
        }
        if (covering != null && covering.equals(backup)) {
            throw new InvalidInputException("backup", "oncall.backup-same-doctor");
        }
        coveringMemberId = covering;
        backupMemberId = backup;
        assignedBy = actor.memberId();
        assignedAt = now;
        registerEvent(new CoverEvent.SlotAssigned(id(), covering, backup, actor));
    }

    public boolean gap() {
        return coveringMemberId == null;
    }

    public boolean during(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    public boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && from.isBefore(endsAt);
    }

    /** Whether the member answers on this slot (as its doctor or its backup). */
    public boolean staffedBy(long memberId) {
        return Objects.equals(coveringMemberId, memberId) || Objects.equals(backupMemberId, memberId);
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long poolId() {
        return poolId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public @Nullable Long coveringMemberId() {
        return coveringMemberId;
    }

    public @Nullable Long backupMemberId() {
        return backupMemberId;
    }
}
