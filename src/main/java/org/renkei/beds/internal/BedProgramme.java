package org.renkei.beds.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.beds.BedEvent;
import org.renkei.beds.Purpose;
import org.renkei.beds.Urgency;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A district's backup-bed programme (在宅療養後方支援病床確保事業), run by its association or the 区's desk: its rules
 * (minimum age, what a bed may be used for, respite or not, the longest stay, the gap before the same patient uses it
 * again, exclusions, whether day-time requests go through the desk) and how long a hospital has to answer.
 */
@Entity
@Table(name = "bed_programme")
public class BedProgramme extends AbstractAggregateRoot<BedProgramme> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long associationId;
    private long districtId;
    private long runByFacilityId;
    private String name;
    private @Nullable Integer minAge;
    private String purposes;
    private int longestStayDays;
    private int reuseGapDays;
    private @Nullable String exclusions;
    private boolean viaDesk;
    private int answerMinutesToday;
    private int answerMinutesLater;
    private Instant createdAt;

    @Version
    private long version;

    protected BedProgramme() {
        this.name = "";
        this.purposes = "";
        this.createdAt = Instant.EPOCH;
    }

    /** The programme's rules. */
    public record Rules(@Nullable Integer minAge, Set<Purpose> purposes, int longestStayDays, int reuseGapDays,
            @Nullable String exclusions, boolean viaDesk, int answerMinutesToday, int answerMinutesLater) {}

    /**
     * Set up by an administrator of the association, or a member of the district's desk (在宅療養支援窓口); the service
     * has checked which facility runs it.
     */
    public static BedProgramme create(Actor actor, long associationId, long districtId, long runByFacilityId, String name,
            Rules rules, Instant now) {
        if (!actor.administers(associationId) && !actor.worksAt(runByFacilityId)) {
            throw new AccessRefusedException("beds.not-programme-manager");
        }
        BedProgramme p = new BedProgramme();
        p.associationId = associationId;
        p.districtId = districtId;
        p.runByFacilityId = runByFacilityId;
        p.createdAt = now;
        p.apply(name, rules);
        return p;
    }

    public BedProgramme saved(Actor actor) {
        registerEvent(new BedEvent.ProgrammeSaved(id(), actor));
        return this;
    }

    /** New rules, by whoever runs it. */
    public void change(Actor actor, String name, Rules rules) {
        requireManager(actor);
        apply(name, rules);
        registerEvent(new BedEvent.ProgrammeSaved(id(), actor));
    }

    private void apply(String name, Rules r) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (name.isBlank() || name.length() > 200) {
            problems.add(new InvalidInputException.Problem("name", "validation.Size", 1, 200));
        }
        if (r.purposes().isEmpty()) {
            problems.add(new InvalidInputException.Problem("purposes", "validation.NotEmpty"));
        }
        if (r.minAge() != null && (r.minAge() < 0 || r.minAge() > 120)) {
            problems.add(new InvalidInputException.Problem("minAge", "validation.Range", 0, 120));
        }
        if (r.longestStayDays() < 1 || r.longestStayDays() > 90) {
            problems.add(new InvalidInputException.Problem("longestStayDays", "validation.Range", 1, 90));
        }
        if (r.reuseGapDays() < 0 || r.reuseGapDays() > 365) {
            problems.add(new InvalidInputException.Problem("reuseGapDays", "validation.Range", 0, 365));
        }
        if (r.answerMinutesToday() < 5 || r.answerMinutesToday() > 24 * 60 || r.answerMinutesLater() < 5
                || r.answerMinutesLater() > 72 * 60) {
            problems.add(new InvalidInputException.Problem("answerMinutes", "validation.Range", 5, 72 * 60));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.name = name.strip();
        this.minAge = r.minAge();
        this.purposes = r.purposes().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.longestStayDays = r.longestStayDays();
        this.reuseGapDays = r.reuseGapDays();
        this.exclusions = r.exclusions() == null || r.exclusions().isBlank() ? null : r.exclusions().strip();
        this.viaDesk = r.viaDesk();
        this.answerMinutesToday = r.answerMinutesToday();
        this.answerMinutesLater = r.answerMinutesLater();
    }

    /**
     * The programme's rules applied to a request, each broken rule named on the field it concerns: too young, a
     * purpose the programme does not take (respite where it is not allowed), too soon after the last stay.
     */
    public void check(int age, Purpose purpose, @Nullable LocalDate lastDischarged, LocalDate today) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (minAge != null && age < minAge) {
            problems.add(new InvalidInputException.Problem("patient", "beds.rule.min-age", minAge));
        }
        if (!purposes().contains(purpose)) {
            problems.add(new InvalidInputException.Problem("purpose", purpose == Purpose.RESPITE ? "beds.rule.no-respite"
                    : "beds.rule.purpose", purpose.name()));
        }
        if (lastDischarged != null && lastDischarged.plusDays(reuseGapDays).isAfter(today)) {
            problems.add(new InvalidInputException.Problem("patient", "beds.rule.reuse-gap", reuseGapDays,
                    lastDischarged.plusDays(reuseGapDays).toString()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** How long the hospital has to answer a request of this urgency. */
    public java.time.Duration answerWithin(Urgency urgency) {
        return java.time.Duration.ofMinutes(urgency == Urgency.TODAY ? answerMinutesToday : answerMinutesLater);
    }

    public boolean managedBy(Actor actor) {
        return actor.administers(associationId) || actor.worksAt(runByFacilityId);
    }

    void requireManager(Actor actor) {
        if (!managedBy(actor)) {
            throw new AccessRefusedException("beds.not-programme-manager");
        }
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long associationId() {
        return associationId;
    }

    public long districtId() {
        return districtId;
    }

    public long runByFacilityId() {
        return runByFacilityId;
    }

    public String name() {
        return name;
    }

    public @Nullable Integer minAge() {
        return minAge;
    }

    public Set<Purpose> purposes() {
        return purposes.isEmpty() ? EnumSet.noneOf(Purpose.class)
                : Arrays.stream(purposes.split(",")).map(Purpose::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Purpose.class)));
    }

    public int longestStayDays() {
        return longestStayDays;
    }

    public int reuseGapDays() {
        return reuseGapDays;
    }

    public @Nullable String exclusions() {
        return exclusions;
    }

    public boolean viaDesk() {
        return viaDesk;
    }

    public int answerMinutesToday() {
        return answerMinutesToday;
    }

    public int answerMinutesLater() {
        return answerMinutesLater;
    }

    public Rules rules() {
        return new Rules(minAge, purposes(), longestStayDays, reuseGapDays, exclusions, viaDesk, answerMinutesToday,
                answerMinutesLater);
    }
}
