package org.renkei.oncall.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.oncall.AgreementKind;
import org.renkei.oncall.AgreementStatus;
import org.renkei.oncall.CoverEvent;
import org.renkei.oncall.OnCallAction;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A cover agreement: a clinic's pair with another clinic (主治医・副主治医; the covering clinic accepts), or its place in
 * its district's rota pool (輪番; the association accepts). It says what it covers (nights, holidays, planned
 * absences), for which patients (all of the clinic's, or chosen ones) and at most how many.
 */
@Entity
@Table(name = "cover_agreement")
public class CoverAgreement extends AbstractAggregateRoot<CoverAgreement> {

    /** The most patients one agreement may carry. */
    public static final int MAX_PATIENTS = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    private AgreementKind kind;
    private long associationId;
    private long principalFacilityId;
    private @Nullable Long coveringFacilityId;
    private @Nullable Long poolId;
    private boolean nights;
    private boolean holidays;
    private boolean absences;
    private boolean allPatients;
    private int maxPatients;
    private @Nullable String note;
    @Enumerated(EnumType.STRING)
    private AgreementStatus status;
    private long proposedBy;
    private Instant proposedAt;
    private @Nullable Long decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable Instant endedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cover_agreement_patient", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "patient_id")
    private Set<Long> patients = new LinkedHashSet<>();

    @Version
    private long version;

    protected CoverAgreement() {
        this.kind = AgreementKind.PAIR;
        this.status = AgreementStatus.PROPOSED;
        this.proposedAt = Instant.EPOCH;
    }

    /** What the agreement covers and for whom. */
    public record Terms(boolean nights, boolean holidays, boolean absences, boolean allPatients, Collection<Long> patients,
            int maxPatients, @Nullable String note) {}

    /**
     * A clinic's proposal. Only a member of the principal clinic proposes; the terms must cover something, for someone,
     * and not more patients than the maximum.
     */
    public static CoverAgreement propose(Actor actor, AgreementKind kind, long associationId, long principalFacilityId,
            @Nullable Long coveringFacilityId, @Nullable Long poolId, Terms terms, int principalPatients, Instant now) {
        if (!actor.worksAt(principalFacilityId)) {
            throw new AccessRefusedException("oncall.not-your-clinic");
        }
        if (kind == AgreementKind.PAIR && (coveringFacilityId == null || coveringFacilityId == principalFacilityId)) {
            throw new InvalidInputException("coveringFacility", "oncall.pair-needs-other-clinic");
        }
        if (kind == AgreementKind.POOL && poolId == null) {
            throw new InvalidInputException("pool", "validation.NotNull");
        }
        CoverAgreement a = new CoverAgreement();
        a.kind = kind;
        a.associationId = associationId;
        a.principalFacilityId = principalFacilityId;
        a.coveringFacilityId = kind == AgreementKind.PAIR ? coveringFacilityId : null;
        a.poolId = kind == AgreementKind.POOL ? poolId : null;
        a.terms(terms, principalPatients);
        a.status = AgreementStatus.PROPOSED;
        a.proposedBy = actor.memberId();
        a.proposedAt = now;
        return a;
    }

    private void terms(Terms t, int principalPatients) {
        if (!t.nights() && !t.holidays() && !t.absences()) {
            throw new InvalidInputException("covers", "oncall.covers-nothing");
        }
        if (t.maxPatients() < 1 || t.maxPatients() > MAX_PATIENTS) {
            throw new InvalidInputException("maxPatients", "validation.Range", 1, MAX_PATIENTS);
        }
        if (!t.allPatients() && t.patients().isEmpty()) {
            throw new InvalidInputException("patients", "oncall.choose-patients");
        }
        int count = t.allPatients() ? principalPatients : t.patients().size();
        if (count > t.maxPatients()) {
            throw new InvalidInputException("maxPatients", "oncall.too-many-patients", count, t.maxPatients());
        }
        nights = t.nights();
        holidays = t.holidays();
        absences = t.absences();
        allPatients = t.allPatients();
        patients = new LinkedHashSet<>(t.allPatients() ? Set.of() : t.patients());
        maxPatients = t.maxPatients();
        note = t.note() == null || t.note().isBlank() ? null : t.note().strip();
    }

    /** Once saved (it has its id). */
    public CoverAgreement proposed(Actor actor) {
        registerEvent(new CoverEvent.AgreementProposed(id(), actor));
        return this;
    }

    /** 締結: the covering clinic (pair) or the association's administrator (pool) accepts. */
    public void accept(Actor actor, Instant now) {
        require(OnCallAction.ACCEPT, actor);
        status = AgreementStatus.ACTIVE;
        decidedBy = actor.memberId();
        decidedAt = now;
        registerEvent(new CoverEvent.AgreementAccepted(id(), actor));
    }

    public void decline(Actor actor, Instant now) {
        require(OnCallAction.DECLINE, actor);
        status = AgreementStatus.DECLINED;
        decidedBy = actor.memberId();
        decidedAt = now;
        registerEvent(new CoverEvent.AgreementDeclined(id(), actor));
    }

    /** 終了: either side ends it; absences not yet over lose their cover (they show as gaps). */
    public void end(Actor actor, Instant now) {
        require(OnCallAction.END, actor);
        status = AgreementStatus.ENDED;
        endedAt = now;
        registerEvent(new CoverEvent.AgreementEnded(id(), actor));
    }

    /** What the member may do with it now. */
    public Set<OnCallAction> allowedActions(Actor actor) {
        Set<OnCallAction> allowed = EnumSet.noneOf(OnCallAction.class);
        boolean otherSide = kind == AgreementKind.PAIR ? actor.worksAt(coveringFacilityId) : actor.administers(associationId);
        boolean principal = actor.worksAt(principalFacilityId);
        if (status == AgreementStatus.PROPOSED && otherSide) {
            allowed.add(OnCallAction.ACCEPT);
            allowed.add(OnCallAction.DECLINE);
        }
        if (status == AgreementStatus.PROPOSED && principal) {
            allowed.add(OnCallAction.CANCEL);
        }
        if (status == AgreementStatus.ACTIVE && (principal || otherSide)) {
            allowed.add(OnCallAction.END);
        }
        return allowed;
    }

    private void require(OnCallAction action, Actor actor) {
        if (!allowedActions(actor).contains(action)) {
            boolean involved = actor.worksAt(principalFacilityId) || actor.worksAt(coveringFacilityId)
                    || actor.administers(associationId);
            if (!involved) {
                throw new AccessRefusedException("oncall.not-your-agreement");
            }
            throw new ConflictException("oncall.agreement-state", status.name());
        }
    }

    /** Whether it covers this patient of the principal clinic (whose 主治医 is there). */
    public boolean includes(long patientId) {
        return allPatients || patients.contains(patientId);
    }

    public boolean inForce() {
        return status == AgreementStatus.ACTIVE;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public AgreementKind kind() {
        return kind;
    }

    public long associationId() {
        return associationId;
    }

    public long principalFacilityId() {
        return principalFacilityId;
    }

    public @Nullable Long coveringFacilityId() {
        return coveringFacilityId;
    }

    public @Nullable Long poolId() {
        return poolId;
    }

    public boolean nights() {
        return nights;
    }

    public boolean holidays() {
        return holidays;
    }

    public boolean absences() {
        return absences;
    }

    public boolean allPatients() {
        return allPatients;
    }

    public Set<Long> patients() {
        return Set.copyOf(patients);
    }

    public int maxPatients() {
        return maxPatients;
    }

    public @Nullable String note() {
        return note;
    }

    public AgreementStatus status() {
        return status;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }
}
