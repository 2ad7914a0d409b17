package org.renkei.preparedness.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.preparedness.CheckState;

/** One line of an event's record (for the after-action review): declared, a check recorded or acknowledged, a reminder, ended. */
@Entity
@Table(name = "prep_event_log")
public class EventLogRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long eventId;
    private @Nullable Long patientId;
    private Instant occurredAt;
    private @Nullable Long actorId;
    private String actorName;
    private String step;
    @Enumerated(EnumType.STRING)
    private @Nullable CheckState state;
    private @Nullable Integer hoursLeft;
    private @Nullable String note;

    protected EventLogRow() {
        this.occurredAt = Instant.EPOCH;
        this.actorName = "";
        this.step = "";
    }

    public EventLogRow(long eventId, @Nullable Long patientId, Instant occurredAt, @Nullable Long actorId, String actorName,
            String step, @Nullable CheckState state, @Nullable Integer hoursLeft, @Nullable String note) {
        this.eventId = eventId;
        this.patientId = patientId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.step = step;
        this.state = state;
        this.hoursLeft = hoursLeft;
        this.note = note;
    }

    public long eventId() {
        return eventId;
    }

    public @Nullable Long patientId() {
        return patientId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorName() {
        return actorName;
    }

    public String step() {
        return step;
    }

    public @Nullable CheckState state() {
        return state;
    }

    public @Nullable Integer hoursLeft() {
        return hoursLeft;
    }

    public @Nullable String note() {
        return note;
    }
}
