package org.renkei.safety.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.renkei.safety.ResponseKind;

/** What the facility did about a report, on which day, by whom. */
@Entity
@Table(name = "safety_report_action")
public class Response {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    private ResponseKind kind;
    private @Nullable String note;
    private LocalDate takenOn;
    private long takenBy;
    private Instant recordedAt;

    protected Response() {
        this.kind = ResponseKind.OTHER;
        this.takenOn = LocalDate.EPOCH;
        this.recordedAt = Instant.EPOCH;
    }

    Response(ResponseKind kind, @Nullable String note, LocalDate takenOn, long takenBy, Instant now) {
        this.kind = kind;
        this.note = note;
        this.takenOn = takenOn;
        this.takenBy = takenBy;
        this.recordedAt = now;
    }

    public ResponseKind kind() {
        return kind;
    }

    public @Nullable String note() {
        return note;
    }

    public LocalDate takenOn() {
        return takenOn;
    }

    public long takenBy() {
        return takenBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
