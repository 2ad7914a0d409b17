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
import org.renkei.platform.ConflictException;

/** 管理施設の変更: the managing facility hands the patient's record to another, which accepts or declines. */
@Entity
@Table(name = "facility_transfer")
public class Transfer {

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

    public Transfer(long patientId, long from, long to, long by, boolean consentConfirmed, @Nullable String note, Instant now) {
        this();
        this.patientId = patientId;
        this.fromFacilityId = from;
        this.toFacilityId = to;
        this.requestedBy = by;
        this.consentConfirmed = consentConfirmed;
        this.note = note;
        this.requestedAt = now;
    }

    public void decide(boolean accept, long by, @Nullable String note, Instant now) {
        if (status != Status.REQUESTED) {
            throw new ConflictException("transfer.decided");
        }
        status = accept ? Status.ACCEPTED : Status.DECLINED;
        decidedBy = by;
        decidedAt = now;
        decisionNote = note;
    }

    public void cancel(long by, Instant now) {
        if (status != Status.REQUESTED) {
            throw new ConflictException("transfer.decided");
        }
        status = Status.CANCELLED;
        decidedBy = by;
        decidedAt = now;
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
