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

/** 安否確認 of one user during an event, by the assigned checker. Part of its {@link DisasterEvent}. */
@Entity
@Table(name = "prep_check")
public class Check {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long patientId;
    private @Nullable Long checkerMemberId;
    @Enumerated(EnumType.STRING)
    private CheckState state;
    private @Nullable Integer hoursLeft;
    private @Nullable String note;
    private @Nullable Instant updatedAt;
    private @Nullable String updatedBy;
    private @Nullable Instant acknowledgedAt;
    private @Nullable Instant remindedAt;
    private int reminders;

    protected Check() {
        this.state = CheckState.UNCHECKED;
    }

    Check(long patientId, @Nullable Long checkerMemberId) {
        this.patientId = patientId;
        this.checkerMemberId = checkerMemberId;
        this.state = CheckState.UNCHECKED;
    }

    void record(CheckState next, @Nullable Integer hours, @Nullable String text, String by, Instant now) {
        state = next;
        hoursLeft = hours;
        note = text;
        updatedAt = now;
        updatedBy = by;
    }

    void acknowledge(Instant now) {
        acknowledgedAt = now;
    }

    void reminded(Instant now) {
        remindedAt = now;
        reminders++;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long patientId() {
        return patientId;
    }

    public @Nullable Long checkerMemberId() {
        return checkerMemberId;
    }

    public CheckState state() {
        return state;
    }

    public @Nullable Integer hoursLeft() {
        return hoursLeft;
    }

    public @Nullable String note() {
        return note;
    }

    public @Nullable Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable String updatedBy() {
        return updatedBy;
    }

    public @Nullable Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public @Nullable Instant remindedAt() {
        return remindedAt;
    }

    public int reminders() {
        return reminders;
    }
}
