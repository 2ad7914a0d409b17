package org.renkei.beds.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.beds.BedEvent;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A patient registered in advance at a programme hospital (事前登録): the sheet is the patient's summary (the version
 * of the day), with a review date; the hospital acknowledges it. At most two hospitals per patient.
 */
@Entity
@Table(name = "bed_registration")
public class BedRegistration extends AbstractAggregateRoot<BedRegistration> {

    public static final int MOST_HOSPITALS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long hospitalId;
    private long patientId;
    private int summaryVersion;
    private LocalDate reviewOn;
    private long registeredBy;
    private Instant registeredAt;
    private @Nullable Long acknowledgedBy;
    private @Nullable Instant acknowledgedAt;
    private @Nullable Instant withdrawnAt;

    @Version
    private long version;

    protected BedRegistration() {
        this.reviewOn = LocalDate.EPOCH;
        this.registeredAt = Instant.EPOCH;
    }

    /** By the 主治医 (the service has checked), at a hospital where the patient is not yet registered. */
    public static BedRegistration register(Actor actor, long hospitalId, long patientId, int summaryVersion, LocalDate reviewOn,
            int activeElsewhere, LocalDate today, Instant now) {
        if (activeElsewhere >= MOST_HOSPITALS) {
            throw new ConflictException("beds.registered-enough", MOST_HOSPITALS);
        }
        if (!reviewOn.isAfter(today) || reviewOn.isAfter(today.plusYears(1))) {
            throw new InvalidInputException("reviewOn", "beds.review-date");
        }
        BedRegistration r = new BedRegistration();
        r.hospitalId = hospitalId;
        r.patientId = patientId;
        r.summaryVersion = summaryVersion;
        r.reviewOn = reviewOn;
        r.registeredBy = actor.memberId();
        r.registeredAt = now;
        return r;
    }

    public BedRegistration registered(Actor actor) {
        registerEvent(new BedEvent.PatientRegistered(id(), patientId, actor));
        return this;
    }

    /** The hospital's member acknowledges (once). */
    public void acknowledge(Actor actor, long hospitalFacilityId, Instant now) {
        if (!actor.worksAt(hospitalFacilityId)) {
            throw new AccessRefusedException("beds.not-this-hospital");
        }
        if (acknowledgedAt != null || withdrawnAt != null) {
            throw new ConflictException("beds.registration-state");
        }
        acknowledgedAt = now;
        acknowledgedBy = actor.memberId();
        registerEvent(new BedEvent.RegistrationAcknowledged(id(), patientId, actor));
    }

    /** Withdrawn by the team (the service has checked the member manages the patient). */
    public void withdraw(Actor actor, Instant now) {
        if (withdrawnAt != null) {
            throw new ConflictException("beds.registration-state");
        }
        withdrawnAt = now;
        registerEvent(new BedEvent.RegistrationWithdrawn(id(), patientId, actor));
    }

    public boolean active() {
        return withdrawnAt == null;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long hospitalId() {
        return hospitalId;
    }

    public long patientId() {
        return patientId;
    }

    public int summaryVersion() {
        return summaryVersion;
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public @Nullable Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
