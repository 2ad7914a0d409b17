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
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.InvalidInputException;
import org.renkei.safety.PairBasis;
import org.renkei.safety.SafetyEvent;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 二人訪問: a visit made by two for a patient of the facility's team, on the fee the patient agreed to or on Tokyo's
 * subsidy because they refused it. The second person is a member of the facility or someone named (a helper the
 * subsidy pays).
 */
@Entity
@Table(name = "pair_visit")
public class PairVisit extends AbstractAggregateRoot<PairVisit> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long facilityId;
    private long patientId;
    private LocalDate visitedOn;
    private @Nullable LocalTime startTime;
    private @Nullable Integer minutes;
    private long staffId;
    private @Nullable Long partnerId;
    private @Nullable String partnerName;
    @Enumerated(EnumType.STRING)
    private PairBasis basis;
    private @Nullable String note;
    private long recordedBy;
    private Instant recordedAt;

    protected PairVisit() {
        this.visitedOn = LocalDate.EPOCH;
        this.basis = PairBasis.FEE;
        this.recordedAt = Instant.EPOCH;
    }

    /** What is logged: the two (the staff member and a member or a named partner), the day, the basis. */
    public record Visit(long patientId, LocalDate visitedOn, @Nullable LocalTime startTime, @Nullable Integer minutes, long staffId,
            @Nullable Long partnerId, @Nullable String partnerName, PairBasis basis, @Nullable String note) {}

    /**
     * @param staffOfFacility whether the staff member and a partner member work at the actor's facility (the service asks)
     */
    public static PairVisit log(Actor actor, Visit v, boolean staffOfFacility, LocalDate today, Instant now) {
        if (actor.facilityId() == null) {
            throw new AccessRefusedException("safety.no-facility");
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (!staffOfFacility) {
            problems.add(new InvalidInputException.Problem("staffId", "safety.pair-staff"));
        }
        String partner = v.partnerName() == null || v.partnerName().isBlank() ? null : v.partnerName().strip();
        if ((v.partnerId() == null) == (partner == null) || Objects.equals(v.partnerId(), v.staffId())) {
            problems.add(new InvalidInputException.Problem("partner", "safety.pair-partner"));
        }
        if (partner != null && partner.length() > 100) {
            problems.add(new InvalidInputException.Problem("partner", "validation.Size", 0, 100));
        }
        if (v.visitedOn().isAfter(today) || v.visitedOn().isBefore(today.minusMonths(13))) {
            problems.add(new InvalidInputException.Problem("visitedOn", "safety.visited-on"));
        }
        if (v.minutes() != null && (v.minutes() < 1 || v.minutes() > 600)) {
            problems.add(new InvalidInputException.Problem("minutes", "validation.Range", 1, 600));
        }
        if (v.note() != null && v.note().strip().length() > 500) {
            problems.add(new InvalidInputException.Problem("note", "validation.Size", 0, 500));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PairVisit p = new PairVisit();
        p.facilityId = actor.facilityId();
        p.patientId = v.patientId();
        p.visitedOn = v.visitedOn();
        p.startTime = v.startTime();
        p.minutes = v.minutes();
        p.staffId = v.staffId();
        p.partnerId = v.partnerId();
        p.partnerName = partner;
        p.basis = v.basis();
        p.note = v.note() == null || v.note().isBlank() ? null : v.note().strip();
        p.recordedBy = actor.memberId();
        p.recordedAt = now;
        return p;
    }

    public PairVisit logged(Actor actor) {
        registerEvent(new SafetyEvent.PairVisitLogged(id(), patientId, basis, partnerId, actor));
        return this;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long facilityId() {
        return facilityId;
    }

    public long patientId() {
        return patientId;
    }

    public LocalDate visitedOn() {
        return visitedOn;
    }

    public @Nullable LocalTime startTime() {
        return startTime;
    }

    public @Nullable Integer minutes() {
        return minutes;
    }

    public long staffId() {
        return staffId;
    }

    public @Nullable Long partnerId() {
        return partnerId;
    }

    public @Nullable String partnerName() {
        return partnerName;
    }

    public PairBasis basis() {
        return basis;
    }

    public @Nullable String note() {
        return note;
    }

    public long recordedBy() {
        return recordedBy;
    }
}
