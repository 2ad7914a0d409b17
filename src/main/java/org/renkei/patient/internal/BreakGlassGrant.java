package org.renkei.patient.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** 緊急閲覧: a member outside the team opened the patient, with a reason, until a time. */
@Entity
@Table(name = "break_glass")
public class BreakGlassGrant {

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

    public BreakGlassGrant(long patientId, long memberId, String reason, Instant now, Instant expiresAt) {
        this.patientId = patientId;
        this.memberId = memberId;
        this.reason = reason;
        this.createdAt = now;
        this.expiresAt = expiresAt;
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
