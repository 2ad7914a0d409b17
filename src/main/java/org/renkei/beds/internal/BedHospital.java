package org.renkei.beds.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.beds.BedEvent;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A hospital in a programme: the beds it reserves per day, its hotline and hours, and today's free beds as its
 * members (地域連携室) last said, with when and by whom. A figure older than a day is stale.
 */
@Entity
@Table(name = "bed_hospital")
public class BedHospital extends AbstractAggregateRoot<BedHospital> {

    /** After this long a hospital's figure is shown greyed out, as no longer known. */
    public static final Duration STALE = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long programmeId;
    private long facilityId;
    private int bedsPerDay;
    private String hotline;
    private String hours;
    private @Nullable Integer freeBeds;
    private @Nullable Instant freeUpdatedAt;
    private @Nullable String freeUpdatedBy;
    private boolean active;

    /** The members who answer requests (地域連携室); none named: every member is told. */
    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @jakarta.persistence.CollectionTable(name = "bed_hospital_responder",
            joinColumns = @jakarta.persistence.JoinColumn(name = "hospital_id"))
    @jakarta.persistence.Column(name = "member_id")
    private java.util.Set<Long> responders = new java.util.LinkedHashSet<>();

    @Version
    private long version;

    protected BedHospital() {
        this.hotline = "";
        this.hours = "";
    }

    /** Joins the programme (its manager decides; the service has checked the facility is an active hospital). */
    public static BedHospital join(Actor actor, BedProgramme programme, long facilityId, int bedsPerDay, String hotline,
            String hours) {
        programme.requireManager(actor);
        BedHospital h = new BedHospital();
        h.programmeId = programme.id();
        h.facilityId = facilityId;
        h.active = true;
        h.terms(bedsPerDay, hotline, hours);
        return h;
    }

    public BedHospital saved(Actor actor) {
        registerEvent(new BedEvent.HospitalSaved(id(), actor));
        return this;
    }

    public void change(Actor actor, BedProgramme programme, int bedsPerDay, String hotline, String hours, boolean active) {
        programme.requireManager(actor);
        terms(bedsPerDay, hotline, hours);
        this.active = active;
        registerEvent(new BedEvent.HospitalSaved(id(), actor));
    }

    private void terms(int beds, String hotline, String hours) {
        if (beds < 0 || beds > 50) {
            throw new InvalidInputException("bedsPerDay", "validation.Range", 0, 50);
        }
        if (hotline.isBlank() || hotline.length() > 30) {
            throw new InvalidInputException("hotline", "validation.Size", 1, 30);
        }
        this.bedsPerDay = beds;
        this.hotline = hotline.strip();
        this.hours = hours.length() > 100 ? hours.substring(0, 100) : hours.strip();
    }

    /** Today's free beds, said by a member of the hospital or its system. */
    public void updateFree(Actor actor, int beds, Instant now) {
        if (!actor.worksAt(facilityId)) {
            throw new AccessRefusedException("beds.not-this-hospital");
        }
        if (!active) {
            throw new AccessRefusedException("beds.hospital-inactive");
        }
        if (beds < 0 || beds > 99) {
            throw new InvalidInputException("freeBeds", "validation.Range", 0, 99);
        }
        this.freeBeds = beds;
        this.freeUpdatedAt = now;
        this.freeUpdatedBy = actor.name();
        registerEvent(new BedEvent.AvailabilityUpdated(id(), programmeId, beds, actor));
    }

    /**
     * Names who answers requests: the programme's manager or the hospital's facility administrator; the service has
     * checked they are the hospital's active members.
     */
    public void answeredBy(Actor actor, BedProgramme programme, java.util.Collection<Long> members) {
        if (!programme.managedBy(actor) && !actor.administersFacility(facilityId)) {
            throw new AccessRefusedException("beds.not-programme-manager");
        }
        this.responders = new java.util.LinkedHashSet<>(members);
        registerEvent(new BedEvent.HospitalSaved(id(), actor));
    }

    public java.util.Set<Long> responders() {
        return java.util.Set.copyOf(responders);
    }

    /** Whether the figure is recent enough to trust. */
    public boolean fresh(Instant now) {
        return freeUpdatedAt != null && freeUpdatedAt.plus(STALE).isAfter(now);
    }

    /** Free beds known now (a stale figure counts as none known). */
    public int knownFree(Instant now) {
        return fresh(now) && freeBeds != null ? freeBeds : 0;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long programmeId() {
        return programmeId;
    }

    public long facilityId() {
        return facilityId;
    }

    public int bedsPerDay() {
        return bedsPerDay;
    }

    public String hotline() {
        return hotline;
    }

    public String hours() {
        return hours;
    }

    public @Nullable Integer freeBeds() {
        return freeBeds;
    }

    public @Nullable Instant freeUpdatedAt() {
        return freeUpdatedAt;
    }

    public @Nullable String freeUpdatedBy() {
        return freeUpdatedBy;
    }

    public boolean active() {
        return active;
    }
}
