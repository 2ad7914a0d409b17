package org.renkei.patient.internal;

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
import org.renkei.patient.PatientEvent;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.Inputs;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.data.domain.AbstractAggregateRoot;

/** 管理施設の変更: the managing facility hands the patient's record to another, which accepts or declines. */
@Entity
@Table(name = "facility_transfer")
public class Transfer extends AbstractAggregateRoot<Transfer> {

    public enum Status { REQUESTED, ACCEPTED, DECLINED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long patientId;
    private long fromFacilityId;
    private long toFacilityId;
    private long requestedBy;
    private Instant requestedAt;
    private boolean consentConfirmed;
    private @Nullable String note;
    @Enumerated(EnumType.STRING)
    private Status status;
    private @Nullable Long decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable String decisionNote;

    protected Transfer() {
        this.requestedAt = Instant.EPOCH;
        this.status = Status.REQUESTED;
    }

    /**
     * Asked by a member of the managing facility, who confirms that the patient agreed, of another facility. Whether
     * the consent covers the receiver and no other request is open is the caller's to check.
     */
    public static Transfer request(Actor actor, Patient patient, long toFacilityId, boolean consentConfirmed,
            @Nullable String note, Instant now) {
        if (!patient.managedBy(actor)) {
            throw new AccessRefusedException("transfer.only-managing-facility");
        }
        if (!consentConfirmed) {
            throw new InvalidInputException("consentConfirmed", "transfer.consent-required");
        }
        if (toFacilityId == patient.managingFacilityId()) {
            throw new InvalidInputException("facility", "transfer.same-facility");
        }
        Transfer t = new Transfer();
        t.patientId = patient.id();
        t.fromFacilityId = patient.managingFacilityId();
        t.toFacilityId = toFacilityId;
        t.requestedBy = actor.memberId();
        t.consentConfirmed = true;
        t.note = Inputs.blank(note);
        t.requestedAt = now;
        return t;
    }

    /** Once saved (it has its id): the request is out. */
    public Transfer requested(Actor actor) {
        registerEvent(new PatientEvent.TransferRequested(patientId, id(), toFacilityId, actor));
        return this;
    }

    /**
     * The receiving facility's administrator accepts or declines, once. Accepting makes the receiver the managing
     * facility of {@code patient}.
     */
    public void decide(Actor actor, Patient patient, boolean accept, @Nullable String note, Instant now,
            long receiverAssociationId) {
        if (!actor.worksAt(toFacilityId) || !actor.has(Role.FACILITY_ADMIN)) {
            throw new AccessRefusedException("transfer.only-receiver");
        }
        if (status != Status.REQUESTED) {
            throw new ConflictException("transfer.decided");
        }
        status = accept ? Status.ACCEPTED : Status.DECLINED;
        decidedBy = actor.memberId();
        decidedAt = now;
        decisionNote = Inputs.blank(note);
        if (accept) {
            patient.transferTo(toFacilityId, receiverAssociationId, actor.name(), now);
        }
        registerEvent(new PatientEvent.TransferDecided(patientId, id(), fromFacilityId, toFacilityId, accept, decisionNote,
                actor));
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public long patientId() {
        return patientId;
    }

    public long fromFacilityId() {
        return fromFacilityId;
    }

    public long toFacilityId() {
        return toFacilityId;
    }

    public long requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public @Nullable String note() {
        return note;
    }

    public Status status() {
        return status;
    }
}
