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
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.oncall.AbsenceReason;
import org.renkei.oncall.AbsenceStatus;
import org.renkei.oncall.CoverEvent;
import org.renkei.oncall.OnCallAction;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The 主治医's absence (学会・休暇 …): from, to, why, for which patients, and the doctor of the pair's covering clinic
 * asked to answer for them. Until that doctor accepts, the period is a gap, shown as such, never silently covered.
 */
@Entity
@Table(name = "cover_absence")
public class CoverAbsence extends AbstractAggregateRoot<CoverAbsence> {

    /** The longest absence one declaration covers. */
    public static final Duration LONGEST = Duration.ofDays(31);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long agreementId;
    private long principalMemberId;
    private long principalFacilityId;
    private long coveringMemberId;
    private Instant startsAt;
    private Instant endsAt;
    @Enumerated(EnumType.STRING)
    private AbsenceReason reason;
    private @Nullable String note;
    private boolean allPatients;
    @Enumerated(EnumType.STRING)
    private AbsenceStatus status;
    private Instant declaredAt;
    private @Nullable Instant decidedAt;
    private @Nullable Long decidedBy;
    private @Nullable Instant briefsCheckedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cover_absence_patient", joinColumns = @JoinColumn(name = "absence_id"))
    @Column(name = "patient_id")
    private Set<Long> patients = new LinkedHashSet<>();

    @Version
    private long version;

    protected CoverAbsence() {
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
        this.reason = AbsenceReason.OTHER;
        this.status = AbsenceStatus.DECLARED;
        this.declaredAt = Instant.EPOCH;
    }

    /**
     * Declared by the 主治医 for their own patients, under an agreement of their clinic in force that covers absences,
     * to a doctor of the covering clinic; the period is in the future (or under way), at most {@link #LONGEST}.
     */
    public static CoverAbsence declare(Actor actor, CoverAgreement agreement, long coveringMemberId, Instant startsAt,
            Instant endsAt, AbsenceReason reason, @Nullable String note, boolean allPatients, Collection<Long> patients,
            Instant now) {
        if (!actor.worksAt(agreement.principalFacilityId())) {
            throw new AccessRefusedException("oncall.not-your-clinic");
        }
        if (!agreement.inForce() || !agreement.absences() || agreement.coveringFacilityId() == null) {
            throw new ConflictException("oncall.agreement-no-absences");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("endsAt", "oncall.period-order");
        }
        if (!endsAt.isAfter(now)) {
            throw new InvalidInputException("endsAt", "oncall.period-past");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw new InvalidInputException("endsAt", "oncall.period-too-long", LONGEST.toDays());
        }
        if (!allPatients && patients.isEmpty()) {
            throw new InvalidInputException("patients", "oncall.choose-patients");
        }
        CoverAbsence a = new CoverAbsence();
        a.agreementId = agreement.id();
        a.principalMemberId = actor.memberId();
        a.principalFacilityId = agreement.principalFacilityId();
        a.coveringMemberId = coveringMemberId;
        a.startsAt = startsAt;
        a.endsAt = endsAt;
        a.reason = reason;
        a.note = note == null || note.isBlank() ? null : note.strip();
        a.allPatients = allPatients;
        a.patients = new LinkedHashSet<>(allPatients ? Set.of() : patients);
        a.status = AbsenceStatus.DECLARED;
        a.declaredAt = now;
        return a;
    }

    public CoverAbsence declared(Actor actor) {
        registerEvent(new CoverEvent.AbsenceDeclared(id(), actor));
        return this;
    }

    /** 承諾: the asked doctor answers for the period (the service has checked their other duties do not overlap). */
    public void accept(Actor actor, Instant now) {
        require(OnCallAction.ACCEPT, actor, now);
        status = AbsenceStatus.ACCEPTED;
        decidedAt = now;
        decidedBy = actor.memberId();
        registerEvent(new CoverEvent.AbsenceAccepted(id(), actor));
    }

    public void decline(Actor actor, Instant now) {
        require(OnCallAction.DECLINE, actor, now);
        status = AbsenceStatus.DECLINED;
        decidedAt = now;
        decidedBy = actor.memberId();
        registerEvent(new CoverEvent.AbsenceDeclined(id(), actor));
    }

    /** 取消 by the 主治医 (or their clinic) before it ends. */
    public void cancel(Actor actor, Instant now) {
        require(OnCallAction.CANCEL, actor, now);
        status = AbsenceStatus.CANCELLED;
        decidedAt = now;
        decidedBy = actor.memberId();
        registerEvent(new CoverEvent.AbsenceCancelled(id(), actor));
    }

    /** The 48-hour check of the briefs was made (and the 主治医 told what is missing). */
    public void briefsChecked(Actor actor, Collection<Long> incomplete, Instant now) {
        briefsCheckedAt = now;
        if (!incomplete.isEmpty()) {
            registerEvent(new CoverEvent.BriefsIncomplete(id(), java.util.List.copyOf(incomplete), actor));
        }
    }

    public Set<OnCallAction> allowedActions(Actor actor, Instant now) {
        Set<OnCallAction> allowed = EnumSet.noneOf(OnCallAction.class);
        boolean open = endsAt.isAfter(now);
        if (status == AbsenceStatus.DECLARED && open && actor.memberId() == coveringMemberId) {
            allowed.add(OnCallAction.ACCEPT);
            allowed.add(OnCallAction.DECLINE);
        }
        if ((status == AbsenceStatus.DECLARED || status == AbsenceStatus.ACCEPTED) && open
                && (actor.memberId() == principalMemberId || actor.administersFacility(principalFacilityId))) {
            allowed.add(OnCallAction.CANCEL);
        }
        return allowed;
    }

    private void require(OnCallAction action, Actor actor, Instant now) {
        if (!allowedActions(actor, now).contains(action)) {
            boolean involved = actor.memberId() == coveringMemberId || actor.worksAt(principalFacilityId);
            if (!involved) {
                throw new AccessRefusedException("oncall.not-your-absence");
            }
            throw new ConflictException(endsAt.isAfter(now) ? "oncall.absence-state" : "oncall.period-ended", status.name());
        }
    }

    /** Whether the accepted cover answers for this patient at this moment. */
    public boolean covers(long patientId, Instant at) {
        return status == AbsenceStatus.ACCEPTED && during(at) && includes(patientId);
    }

    public boolean during(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    public boolean includes(long patientId) {
        return allPatients || patients.contains(patientId);
    }

    public boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && from.isBefore(endsAt);
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long agreementId() {
        return agreementId;
    }

    public long principalMemberId() {
        return principalMemberId;
    }

    public long principalFacilityId() {
        return principalFacilityId;
    }

    public long coveringMemberId() {
        return coveringMemberId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public AbsenceReason reason() {
        return reason;
    }

    public @Nullable String note() {
        return note;
    }

    public boolean allPatients() {
        return allPatients;
    }

    public Set<Long> patients() {
        return Set.copyOf(patients);
    }

    public AbsenceStatus status() {
        return status;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public @Nullable Instant briefsCheckedAt() {
        return briefsCheckedAt;
    }
}
