package org.renkei.patient.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.PatientEvent;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/** 緊急閲覧: a member outside the team opened the patient, with a reason, until a time. */
@Entity
@Table(name = "break_glass")
public class BreakGlassGrant extends AbstractAggregateRoot<BreakGlassGrant> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long patientId;
    private long memberId;
    private String reason;
    private Instant createdAt;
    private Instant expiresAt;

    protected BreakGlassGrant() {
        this.reason = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    /**
     * Opens a shared patient to a member outside the team ({@code onTeam} is refused) until {@code expiresAt}, for a reason of at least
     * {@code minReason} characters.
     */
    public static BreakGlassGrant open(Actor actor, Patient patient, boolean onTeam, @Nullable String reason, int minReason,
            Instant now, Instant expiresAt) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < minReason) {
            throw new InvalidInputException("reason", "break-glass.reason-required", minReason);
        }
        patient.requireShared();
        if (onTeam) {
            throw new InvalidInputException("reason", "break-glass.already-on-team");
        }
        BreakGlassGrant g = new BreakGlassGrant();
        g.patientId = patient.id();
        g.memberId = actor.memberId();
        g.reason = why;
        g.createdAt = now;
        g.expiresAt = expiresAt;
        g.registerEvent(new PatientEvent.EmergencyOpened(patient.id(), why, expiresAt, actor));
        return g;
    }

    public long memberId() {
        return memberId;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
