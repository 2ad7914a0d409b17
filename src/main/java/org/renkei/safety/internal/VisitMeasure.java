package org.renkei.safety.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.safety.MeasureKind;
import org.renkei.safety.SafetyEvent;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 訪問時の対策: one thing the team does when visiting a patient (二人訪問, 入室前に電話 …), never the reason or the report
 * behind it. Set by an administrator of a facility on the team or by the 主治医; a new or changed measure gets a new
 * revision that every member of the team confirms (確認しました) before their next visit.
 */
@Entity
@Table(name = "visit_measure")
public class VisitMeasure extends AbstractAggregateRoot<VisitMeasure> {

    public static final int NOTE_LIMIT = 500;

    /** What the service has found out about the actor and the patient before asking the measure. */
    public record Standing(boolean onTeam, boolean mayManage) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long patientId;
    @Enumerated(EnumType.STRING)
    private MeasureKind kind;
    private @Nullable String note;
    private @Nullable LocalDate reviewOn;
    private long setBy;
    private String setByName;
    private @Nullable Long setByFacilityId;
    private Instant setAt;
    private int revision;
    private @Nullable Instant removedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "visit_measure_confirmation", joinColumns = @JoinColumn(name = "measure_id"))
    @org.hibernate.annotations.BatchSize(size = 100)
    private Set<Confirmation> confirmations = new HashSet<>();

    @Version
    private long version;

    /** A member's 確認しました of one revision. */
    @Embeddable
    public record Confirmation(long memberId, int revision, @Column(name = "confirmed_at") Instant confirmedAt) {}

    protected VisitMeasure() {
        this.kind = MeasureKind.OTHER;
        this.setByName = "";
        this.setAt = Instant.EPOCH;
    }

    public static VisitMeasure set(Actor actor, Standing standing, long patientId, MeasureKind kind, @Nullable String note,
            @Nullable LocalDate reviewOn, LocalDate today, Instant now) {
        requireManage(standing);
        VisitMeasure m = new VisitMeasure();
        m.patientId = patientId;
        m.kind = kind;
        m.take(actor, note, reviewOn, today, now);
        m.revision = 1;
        m.confirmations.add(new Confirmation(actor.memberId(), 1, now));
        return m;
    }

    /** Registered after the first save, when the id is known. */
    public VisitMeasure created(Actor actor) {
        registerEvent(new SafetyEvent.MeasureSet(id(), patientId, kind, false, actor));
        return this;
    }

    private static void requireManage(Standing standing) {
        if (!standing.mayManage()) {
            throw new AccessRefusedException("safety.measure-not-yours");
        }
    }

    private void take(Actor actor, @Nullable String text, @Nullable LocalDate review, LocalDate today, Instant now) {
        String clean = text == null || text.isBlank() ? null : text.strip();
        if (clean != null && clean.length() > NOTE_LIMIT) {
            throw new InvalidInputException("note", "validation.Size", 0, NOTE_LIMIT);
        }
        if ((kind == MeasureKind.OTHER || kind == MeasureKind.TIME_OF_DAY) && clean == null) {
            throw new InvalidInputException("note", "safety.measure-note-needed");
        }
        if (review != null && (!review.isAfter(today) || review.isAfter(today.plusYears(2)))) {
            throw new InvalidInputException("reviewOn", "safety.review-on");
        }
        this.note = clean;
        this.reviewOn = review;
        this.setBy = actor.memberId();
        this.setByName = actor.name();
        this.setByFacilityId = actor.facilityId();
        this.setAt = now;
    }

    /** A changed note asks everyone to confirm again; a new review date alone does not. */
    public VisitMeasure change(Actor actor, Standing standing, @Nullable String note, @Nullable LocalDate reviewOn, LocalDate today,
            Instant now) {
        requireManage(standing);
        requireActive();
        String before = this.note;
        take(actor, note, reviewOn, today, now);
        boolean changed = !Objects.equals(before, this.note);
        if (changed) {
            revision++;
            confirm(actor.memberId(), now);
        }
        registerEvent(new SafetyEvent.MeasureSet(id(), patientId, kind, changed, actor));
        return this;
    }

    public VisitMeasure remove(Actor actor, Standing standing, Instant now) {
        requireManage(standing);
        requireActive();
        removedAt = now;
        registerEvent(new SafetyEvent.MeasureRemoved(id(), patientId, kind, actor));
        return this;
    }

    /** 確認しました, by a member of the team, of the current revision. */
    public VisitMeasure confirm(Actor actor, Standing standing, Instant now) {
        if (!standing.onTeam()) {
            throw new AccessRefusedException("patient.not-on-team");
        }
        requireActive();
        if (confirmedBy(actor.memberId())) {
            throw new ConflictException("safety.measure-confirmed");
        }
        confirm(actor.memberId(), now);
        registerEvent(new SafetyEvent.MeasureConfirmed(id(), patientId, revision, actor));
        return this;
    }

    private void confirm(long memberId, Instant now) {
        confirmations.removeIf(c -> c.memberId() == memberId);
        confirmations.add(new Confirmation(memberId, revision, now));
    }

    private void requireActive() {
        if (removedAt != null) {
            throw new ConflictException("safety.measure-removed");
        }
    }

    public boolean confirmedBy(long memberId) {
        return confirmations.stream().anyMatch(c -> c.memberId() == memberId && c.revision() == revision);
    }

    public @Nullable Instant confirmedAt(long memberId) {
        return confirmations.stream().filter(c -> c.memberId() == memberId && c.revision() == revision)
                .map(Confirmation::confirmedAt).findFirst().orElse(null);
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long patientId() {
        return patientId;
    }

    public MeasureKind kind() {
        return kind;
    }

    public @Nullable String note() {
        return note;
    }

    public @Nullable LocalDate reviewOn() {
        return reviewOn;
    }

    public long setBy() {
        return setBy;
    }

    public String setByName() {
        return setByName;
    }

    public @Nullable Long setByFacilityId() {
        return setByFacilityId;
    }

    public Instant setAt() {
        return setAt;
    }

    public int revision() {
        return revision;
    }

    public boolean active() {
        return removedAt == null;
    }
}
