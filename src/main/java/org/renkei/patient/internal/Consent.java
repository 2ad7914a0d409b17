package org.renkei.patient.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.ConsentModel;
import org.renkei.patient.PatientEvent;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.Inputs;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/** 個人情報使用同意書: the patient's consent to share, who obtained it, the signed form. */
@Entity
@Table(name = "consent")
public class Consent extends AbstractAggregateRoot<Consent> {

    public enum Status { ACTIVE, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long patientId;
    @Enumerated(EnumType.STRING)
    private ConsentModel model;
    private LocalDate obtainedOn;
    private long obtainedBy;
    private String signer;
    private String signerRelation;
    private @Nullable String documentName;
    private @Nullable String documentType;
    private @Nullable String documentSha256;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte @Nullable [] document;
    @Enumerated(EnumType.STRING)
    private Status status;
    private @Nullable Instant withdrawnAt;
    private @Nullable Long withdrawnBy;
    private @Nullable String withdrawalReason;
    private Instant createdAt;

    protected Consent() {
        this.model = ConsentModel.BLANKET;
        this.obtainedOn = LocalDate.EPOCH;
        this.signer = "";
        this.signerRelation = "";
        this.status = Status.ACTIVE;
        this.createdAt = Instant.EPOCH;
    }

    public Consent(long patientId, ConsentModel model, LocalDate obtainedOn, long obtainedBy, String signer,
            String signerRelation, Instant now) {
        this();
        this.patientId = patientId;
        this.model = model;
        this.obtainedOn = obtainedOn;
        this.obtainedBy = obtainedBy;
        this.signer = signer;
        this.signerRelation = signerRelation;
        this.createdAt = now;
    }

    public void attach(String name, String contentType, byte[] bytes, String sha256) {
        this.documentName = name;
        this.documentType = contentType;
        this.document = bytes;
        this.documentSha256 = sha256;
    }

    /**
     * 同意撤回, recorded by a member of the managing facility with the reason: the patient's record is frozen from
     * now on. {@code team} is who is on the team now (they are told).
     */
    public void withdraw(Actor actor, Patient patient, @Nullable String reason, Set<Long> team, Instant now) {
        if (!patient.managedBy(actor)) {
            throw new AccessRefusedException("consent.withdraw-refused");
        }
        String why = Inputs.blank(reason);
        if (why == null) {
            throw new InvalidInputException("reason", "validation.NotBlank");
        }
        if (status != Status.ACTIVE) {
            throw new ConflictException("patient.frozen");
        }
        status = Status.WITHDRAWN;
        withdrawnBy = actor.memberId();
        withdrawnAt = now;
        withdrawalReason = why;
        patient.freeze(actor.name(), now);
        registerEvent(new PatientEvent.ConsentWithdrawn(patientId, why, Set.copyOf(team), actor));
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public long patientId() {
        return patientId;
    }

    public ConsentModel model() {
        return model;
    }

    public LocalDate obtainedOn() {
        return obtainedOn;
    }

    public long obtainedBy() {
        return obtainedBy;
    }

    public String signer() {
        return signer;
    }

    public String signerRelation() {
        return signerRelation;
    }

    public @Nullable String documentName() {
        return documentName;
    }

    public @Nullable String documentType() {
        return documentType;
    }

    public byte @Nullable [] document() {
        return document;
    }

    public Status status() {
        return status;
    }

    public @Nullable Instant withdrawnAt() {
        return withdrawnAt;
    }

    public @Nullable Long withdrawnBy() {
        return withdrawnBy;
    }

    public @Nullable String withdrawalReason() {
        return withdrawalReason;
    }
}
