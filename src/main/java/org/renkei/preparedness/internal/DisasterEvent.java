package org.renkei.preparedness.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.Inputs;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.NotFoundException;
import org.renkei.preparedness.CheckState;
import org.renkei.preparedness.EventKind;
import org.renkei.preparedness.PrepEvent;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A disaster declared for a district (台風, 停電, 地震, 訓練): a check for every user on the district's register, each with
 * the checker their plan names; the checkers record where each user stands, the desk sees every check, a checker only
 * their own. Closed, it stays as the record for the after-action review.
 */
@Entity
@Table(name = "prep_event")
public class DisasterEvent extends AbstractAggregateRoot<DisasterEvent> {

    public static final int MAX_HOURS = 72;
    public static final Duration REMIND_EVERY = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long associationId;
    private long districtId;
    private long deskFacilityId;
    @Enumerated(EnumType.STRING)
    private EventKind kind;
    private String title;
    private Instant startedAt;
    private String declaredBy;
    private @Nullable Instant endedAt;
    private @Nullable String endedBy;
    private @Nullable String reviewNote;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "event_id", nullable = false)
    // a list of events (a home page, the API) reads their checks together, not one statement per event
    @BatchSize(size = 50)
    @OrderBy("id")
    private List<Check> checks = new ArrayList<>();

    @Version
    private long version;

    protected DisasterEvent() {
        this.kind = EventKind.DRILL;
        this.title = "";
        this.startedAt = Instant.EPOCH;
        this.declaredBy = "";
    }

    /** Whether the event is on the actor's list of the events they run: they run it, or they are its desk's program. */
    public boolean listedFor(Actor actor) {
        return runs(actor, associationId, deskFacilityId) || actor.worksAt(deskFacilityId);
    }

    /** Who may declare and run an event: a member of the district's desk, or an administrator of its association. */
    public static boolean runs(Actor actor, long associationId, long deskFacilityId) {
        return (actor.worksAt(deskFacilityId) && !actor.has(org.renkei.security.Role.API_CLIENT)) || actor.administers(associationId);
    }

    /** Declared for a district, with a check for each user there: patient id to the checker their plan names. */
    public static DisasterEvent declare(Actor actor, long associationId, long districtId, long deskFacilityId, EventKind kind,
            String title, Instant startedAt, Map<Long, @Nullable Long> users, Instant now) {
        if (!runs(actor, associationId, deskFacilityId)) {
            throw new AccessRefusedException("preparedness.not-your-district");
        }
        String t = Inputs.blank(title);
        if (t == null || t.length() > 200) {
            throw new InvalidInputException("title", "validation.NotNull");
        }
        if (startedAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw new InvalidInputException("startedAt", "preparedness.start-in-future");
        }
        DisasterEvent e = new DisasterEvent();
        e.associationId = associationId;
        e.districtId = districtId;
        e.deskFacilityId = deskFacilityId;
        e.kind = kind;
        e.title = t;
        e.startedAt = startedAt;
        e.declaredBy = actor.name();
        users.forEach((patient, checker) -> e.checks.add(new Check(patient, checker)));
        return e;
    }

    /** Registers the declaration once the event has its id (the notices go to the checkers). */
    public DisasterEvent declared(Actor actor) {
        registerEvent(new PrepEvent.Declared(id(), actor));
        return this;
    }

    public Check check(long checkId) {
        return checks.stream().filter(c -> c.id() == checkId).findFirst().orElseThrow(() -> new NotFoundException("check", checkId));
    }

    /**
     * The checks a checker sees: their own, and only while the event lasts (the desk keeps the record; a checker who is not
     * on the patient's team reads the patient for the event only).
     */
    public List<Check> checksOf(Actor checker) {
        return endedAt != null ? List.of()
                : checks.stream().filter(c -> Objects.equals(c.checkerMemberId(), checker.memberId())).toList();
    }

    /**
     * Whether the actor may record this check: its checker, or a member of the event's desk; not the association's
     * office, which declares and ends events but sees counts only.
     */
    public boolean mayRecord(Actor actor, Check c) {
        return endedAt == null && recorder(actor, c);
    }

    private boolean recorder(Actor actor, Check c) {
        return Objects.equals(c.checkerMemberId(), actor.memberId())
                || (actor.worksAt(deskFacilityId) && !actor.has(org.renkei.security.Role.API_CLIENT));
    }

    /** Whether the actor may say 確認しました: the check's checker, once, while the event lasts. */
    public boolean mayAcknowledge(Actor actor, Check c) {
        return endedAt == null && c.acknowledgedAt() == null && Objects.equals(c.checkerMemberId(), actor.memberId());
    }

    /** 要支援 needs the hours the power lasts (0–72); a note is kept short. */
    public void record(Actor actor, long checkId, CheckState state, @Nullable Integer hoursLeft, @Nullable String note, Instant now) {
        Check c = check(checkId);
        if (!recorder(actor, c)) {
            throw new AccessRefusedException("preparedness.not-your-check");
        }
        if (endedAt != null) {
            throw new ConflictException("preparedness.event-ended");
        }
        if (state == CheckState.UNCHECKED) {
            throw new InvalidInputException("state", "validation.NotNull");
        }
        if (state == CheckState.NEEDS_HELP && (hoursLeft == null || hoursLeft < 0 || hoursLeft > MAX_HOURS)) {
            throw new InvalidInputException("hoursLeft", "validation.Range", 0, MAX_HOURS);
        }
        String text = Inputs.blank(note);
        if (text != null && text.length() > 500) {
            throw new InvalidInputException("note", "validation.Size", 0, 500);
        }
        Integer hours = state == CheckState.NEEDS_HELP ? hoursLeft : null;
        c.record(state, hours, text, actor.name(), now);
        registerEvent(new PrepEvent.CheckRecorded(id(), c.id(), c.patientId(), state, hours, text, actor));
    }

    /** 確認しました: the checker has seen the urgent notice. */
    public void acknowledge(Actor actor, long checkId, Instant now) {
        Check c = check(checkId);
        if (!Objects.equals(c.checkerMemberId(), actor.memberId())) {
            throw new AccessRefusedException("preparedness.not-your-check");
        }
        if (mayAcknowledge(actor, c)) {
            c.acknowledge(now);
            registerEvent(new PrepEvent.CheckAcknowledged(id(), c.id(), c.patientId(), actor));
        }
    }

    /**
     * Reminds the checkers of users still 未確認 whose last reminder (or the declaration) is 30 minutes old; how many.
     */
    public int remindUnchecked(Actor portal, Instant now) {
        if (endedAt != null) {
            return 0;
        }
        int n = 0;
        for (Check c : checks) {
            Instant last = c.remindedAt() == null ? startedAt : c.remindedAt();
            if (c.state() == CheckState.UNCHECKED && c.checkerMemberId() != null && !now.isBefore(last.plus(REMIND_EVERY))) {
                c.reminded(now);
                registerEvent(new PrepEvent.CheckReminded(id(), c.id(), c.patientId(), c.checkerMemberId(), portal));
                n++;
            }
        }
        return n;
    }

    /** Closed: nothing more is recorded; the record stays, with what was learnt. */
    public void end(Actor actor, @Nullable String note, Instant now) {
        if (!runs(actor, associationId, deskFacilityId)) {
            throw new AccessRefusedException("preparedness.not-your-district");
        }
        if (endedAt != null) {
            throw new ConflictException("preparedness.event-ended");
        }
        String text = Inputs.blank(note);
        if (text != null && text.length() > 4000) {
            throw new InvalidInputException("reviewNote", "validation.Size", 0, 4000);
        }
        endedAt = now;
        endedBy = actor.name();
        reviewNote = text;
        registerEvent(new PrepEvent.Ended(id(), actor));
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long associationId() {
        return associationId;
    }

    public long districtId() {
        return districtId;
    }

    public long deskFacilityId() {
        return deskFacilityId;
    }

    public EventKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String declaredBy() {
        return declaredBy;
    }

    public @Nullable Instant endedAt() {
        return endedAt;
    }

    public @Nullable String endedBy() {
        return endedBy;
    }

    public @Nullable String reviewNote() {
        return reviewNote;
    }

    public List<Check> checks() {
        return List.copyOf(checks);
    }
}
