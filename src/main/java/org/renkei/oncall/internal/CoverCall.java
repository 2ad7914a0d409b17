package org.renkei.oncall.internal;

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
import org.renkei.oncall.CallOutcome;
import org.renkei.oncall.Caller;

/** A call the covering doctor took: when, who called, what was done, and a note. Part of a {@link CoverReport}. */
@Entity
@Table(name = "cover_call")
public class CoverCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long reportId;
    private long patientId;
    private long associationId;
    private long coveringMemberId;
    private Instant calledAt;
    @Enumerated(EnumType.STRING)
    private Caller caller;
    @Enumerated(EnumType.STRING)
    private CallOutcome outcome;
    private @Nullable String note;
    private Instant recordedAt;
    private long recordedBy;

    protected CoverCall() {
        this.calledAt = Instant.EPOCH;
        this.caller = Caller.OTHER;
        this.outcome = CallOutcome.PHONE_ADVICE;
        this.recordedAt = Instant.EPOCH;
    }

    CoverCall(long reportId, long patientId, long associationId, long coveringMemberId, Instant calledAt, Caller caller, CallOutcome outcome,
            @Nullable String note, long recordedBy, Instant recordedAt) {
        this.reportId = reportId;
        this.patientId = patientId;
        this.associationId = associationId;
        this.coveringMemberId = coveringMemberId;
        this.calledAt = calledAt;
        this.caller = caller;
        this.outcome = outcome;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long reportId() {
        return reportId;
    }

    public long patientId() {
        return patientId;
    }

    public long coveringMemberId() {
        return coveringMemberId;
    }

    public Instant calledAt() {
        return calledAt;
    }

    public Caller caller() {
        return caller;
    }

    public CallOutcome outcome() {
        return outcome;
    }

    public @Nullable String note() {
        return note;
    }
}
