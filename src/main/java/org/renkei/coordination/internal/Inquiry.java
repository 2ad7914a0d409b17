package org.renkei.coordination.internal;

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
import org.renkei.coordination.InquiryAnswer;
import org.renkei.coordination.InquiryReason;

/** The desk's inquiry to one facility and its answer; part of a {@link CoordinationRequest}. */
@Entity
@Table(name = "coordination_inquiry")
public class Inquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long facilityId;
    private Instant sentAt;
    private long sentBy;
    @Enumerated(EnumType.STRING)
    private @Nullable InquiryAnswer answer;
    @Enumerated(EnumType.STRING)
    private @Nullable InquiryReason reason;
    private @Nullable String note;
    private @Nullable Instant answeredAt;
    private @Nullable Long answeredBy;

    protected Inquiry() {
        this.sentAt = Instant.EPOCH;
    }

    Inquiry(long facilityId, long sentBy, Instant now) {
        this.facilityId = facilityId;
        this.sentBy = sentBy;
        this.sentAt = now;
    }

    void answer(InquiryAnswer answer, @Nullable InquiryReason reason, @Nullable String note, long by, Instant now) {
        this.answer = answer;
        this.reason = reason;
        this.note = note;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public @Nullable Long idOrNull() {
        return id;
    }

    public long facilityId() {
        return facilityId;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public @Nullable InquiryAnswer answer() {
        return answer;
    }

    public @Nullable InquiryReason reason() {
        return reason;
    }

    public @Nullable String note() {
        return note;
    }

    public @Nullable Instant answeredAt() {
        return answeredAt;
    }
}
