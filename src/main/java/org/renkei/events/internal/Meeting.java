package org.renkei.events.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.events.MeetingAction;
import org.renkei.events.MeetingEvent;
import org.renkei.events.MeetingKind;
import org.renkei.events.MeetingPlan;
import org.renkei.events.MeetingStatus;
import org.renkei.events.RegistrationStatus;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A 連絡会, training or symposium and its registrations: announced by its organiser, registered for by members (確定, or
 * キャンセル待ち when the seats in all or of their profession are taken, moved up in order when a seat frees), attended
 * (by the QR check-in link or ticked by the organiser), split into groups balanced by profession, surveyed, and
 * certified. Every rule is here; the service loads it locked, so that two registrations for the last seat are decided
 * one after the other.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends AbstractAggregateRoot<Meeting> {

    public static final int TITLE_LIMIT = 200;
    public static final int DESCRIPTION_LIMIT = 4000;
    public static final int COMMENT_LIMIT = 1000;
    /** The door opens an hour before the start and closes an hour after the end. */
    public static final Duration DOOR = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long associationId;
    private long organiserFacilityId;
    private String organiserName;
    @Enumerated(EnumType.STRING)
    private FacilityType organiserType;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    private String title;
    private @Nullable String description;
    private Instant startsAt;
    private Instant endsAt;
    private @Nullable String place;
    private @Nullable String videoUrl;
    private boolean openToAll;
    private String professions;
    private String facilityTypes;
    private @Nullable Integer capacity;
    private @Nullable Instant deadline;
    private boolean certificate;
    private String checkInCode;
    @Enumerated(EnumType.STRING)
    private MeetingStatus status;
    private @Nullable Instant remindedAt;
    private Instant createdAt;
    private long createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_quota", joinColumns = @JoinColumn(name = "meeting_id"))
    // a list of meetings reads their seats a hundred meetings at a time, not one query per meeting
    @org.hibernate.annotations.BatchSize(size = 100)
    @MapKeyColumn(name = "profession")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "seats")
    private Map<Profession, Integer> quotas = new HashMap<>();

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "meeting_id", nullable = false)
    @org.hibernate.annotations.BatchSize(size = 100)
    @OrderBy("id")
    private List<Registration> registrations = new ArrayList<>();

    @Version
    private long version;

    protected Meeting() {
        this.organiserName = "";
        this.organiserType = FacilityType.OTHER;
        this.kind = MeetingKind.TRAINING;
        this.title = "";
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
        this.professions = "";
        this.facilityTypes = "";
        this.checkInCode = "";
        this.status = MeetingStatus.PLANNED;
        this.createdAt = Instant.EPOCH;
    }

    /** Announced by one of the organiser's administrators; it starts in the future. */
    public static Meeting plan(Actor actor, Organiser organiser, MeetingPlan plan, Instant now) {
        if (!Organiser.KINDS.contains(organiser.type()) || !organiser.administeredBy(actor)) {
            throw new AccessRefusedException("events.not-organiser");
        }
        check(plan, now, true);
        Meeting m = new Meeting();
        m.associationId = organiser.associationId();
        m.organiserFacilityId = organiser.facilityId();
        m.organiserName = organiser.name();
        m.organiserType = organiser.type();
        m.apply(plan);
        m.checkInCode = code(20);
        m.status = MeetingStatus.PLANNED;
        m.createdAt = now;
        m.createdBy = actor.memberId();
        return m;
    }

    /** Registers the announcement once the meeting has its id. */
    public Meeting planned(Actor actor) {
        registerEvent(new MeetingEvent.Planned(id(), actor));
        return this;
    }

    /** Changes the announcement; more seats move the waiting list up. */
    public void change(Actor actor, MeetingPlan plan, Instant now) {
        requireOrganiser(actor);
        requirePlanned();
        if (!now.isBefore(endsAt)) {
            throw new ConflictException("events.over");
        }
        check(plan, now, false);
        apply(plan);
        registerEvent(new MeetingEvent.Changed(id(), actor));
        moveUp(actor, now);
    }

    /** 中止: everyone registered is told. */
    public void callOff(Actor actor, Instant now) {
        requireOrganiser(actor);
        requirePlanned();
        if (!now.isBefore(endsAt)) {
            throw new ConflictException("events.over");
        }
        status = MeetingStatus.CALLED_OFF;
        registerEvent(new MeetingEvent.CalledOff(id(), actor));
    }

    private static void check(MeetingPlan p, Instant now, boolean creating) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (p.title().isBlank() || p.title().strip().length() > TITLE_LIMIT) {
            problems.add(new InvalidInputException.Problem("title", "validation.Size", 1, TITLE_LIMIT));
        }
        if (p.description() != null && p.description().strip().length() > DESCRIPTION_LIMIT) {
            problems.add(new InvalidInputException.Problem("description", "validation.Size", 0, DESCRIPTION_LIMIT));
        }
        if (creating && !p.startsAt().isAfter(now)) {
            problems.add(new InvalidInputException.Problem("startsAt", "events.starts-in-past"));
        }
        if (!p.endsAt().isAfter(p.startsAt()) || Duration.between(p.startsAt(), p.endsAt()).toHours() > 24) {
            problems.add(new InvalidInputException.Problem("endsAt", "events.ends-before-start"));
        }
        if (blank(p.place()) == null && blank(p.videoUrl()) == null) {
            problems.add(new InvalidInputException.Problem("place", "events.place-or-video"));
        }
        if (blank(p.videoUrl()) != null && !Objects.requireNonNull(p.videoUrl()).strip().startsWith("https://")) {
            problems.add(new InvalidInputException.Problem("videoUrl", "events.video-https"));
        }
        if (p.capacity() != null && (p.capacity() < 1 || p.capacity() > 10_000)) {
            problems.add(new InvalidInputException.Problem("capacity", "validation.Range", 1, 10_000));
        }
        for (Map.Entry<Profession, Integer> q : p.quotas().entrySet()) {
            if (q.getValue() < 0 || (p.capacity() != null && q.getValue() > p.capacity())) {
                problems.add(new InvalidInputException.Problem("quotas", "events.quota-range", p.capacity() == null ? 10_000 : p.capacity()));
                break;
            }
            if (!p.professions().isEmpty() && !p.professions().contains(q.getKey())) {
                problems.add(new InvalidInputException.Problem("quotas", "events.quota-not-target"));
                break;
            }
        }
        if (p.deadline() != null && p.deadline().isAfter(p.startsAt())) {
            problems.add(new InvalidInputException.Problem("deadline", "events.deadline-after-start"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void apply(MeetingPlan p) {
        kind = p.kind();
        title = p.title().strip();
        description = blank(p.description());
        startsAt = p.startsAt();
        endsAt = p.endsAt();
        place = blank(p.place());
        videoUrl = blank(p.videoUrl());
        openToAll = p.openToAll();
        professions = p.professions().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        facilityTypes = p.facilityTypes().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        capacity = p.capacity();
        quotas.clear();
        p.quotas().forEach((k, v) -> {
            if (v > 0) {
                quotas.put(k, v);
            }
        });
        deadline = p.deadline();
        certificate = p.certificate();
    }

    // -- registration ---------------------------------------------------------------------------------------------

    /**
     * Why this member may not register, or null: a member who is not active (suspended, detached, a program), of a
     * facility that is not active, of another association when the meeting is for its own, of a profession or facility
     * type it is not for.
     */
    public @Nullable String refusal(Registrant who) {
        if (!who.active()) {
            return "events.member-not-active";
        }
        if (!openToAll && who.associationId() != associationId) {
            return "events.not-open-to-you";
        }
        if (!professions().isEmpty() && !professions().contains(who.profession())) {
            return "events.not-for-profession";
        }
        if (!facilityTypes().isEmpty() && !facilityTypes().contains(who.facilityType())) {
            return "events.not-for-facility-type";
        }
        return null;
    }

    /** A member registers and checks in for themselves only. */
    private static void requireSelf(Actor actor, Registrant who) {
        if (actor.memberId() != who.memberId()) {
            throw new AccessRefusedException("events.not-yours");
        }
    }

    /** 申込: confirmed while a seat of the member's profession and in all is free, otherwise on the waiting list. */
    public Registration register(Actor actor, Registrant who, boolean shareName, Instant now) {
        requireSelf(actor, who);
        String refused = refusal(who);
        if (refused != null) {
            throw new AccessRefusedException(refused);
        }
        requirePlanned();
        if (!registrationOpen(now)) {
            throw new ConflictException("events.registration-closed");
        }
        Optional<Registration> earlier = registrationOf(who.memberId());
        if (earlier.map(r -> r.status().active()).orElse(false)) {
            throw new ConflictException("events.already-registered");
        }
        Registration r = earlier.orElse(null);
        if (r == null) {
            r = new Registration(who, shareName, now);
            registrations.add(r);
        } else {
            r.renew(who, shareName, now);
        }
        if (seatFor(r.profession())) {
            r.confirm(now);
        }
        registerEvent(new MeetingEvent.Registered(id(), who.memberId(), r.status(), actor));
        return r;
    }

    /** 取消, by the member or the organiser, until the start; the first waiting members who fit the freed seats move up. */
    public void cancel(Actor actor, long memberId, Instant now) {
        Registration r = registrationOf(memberId).filter(x -> x.status().active())
                .orElseThrow(() -> new ConflictException("events.not-registered"));
        if (actor.memberId() != memberId && !organisedBy(actor)) {
            throw new AccessRefusedException("events.not-yours");
        }
        if (!now.isBefore(startsAt)) {
            throw new ConflictException("events.started");
        }
        boolean held = r.status() == RegistrationStatus.CONFIRMED;
        r.cancel(now);
        registerEvent(new MeetingEvent.RegistrationCancelled(id(), memberId, actor));
        if (held) {
            moveUp(actor, now);
        }
    }

    /** Fills free seats from the waiting list, in the order of registration, skipping whom no seat fits yet. */
    private void moveUp(Actor actor, Instant now) {
        if (status != MeetingStatus.PLANNED || !now.isBefore(startsAt)) {
            return;
        }
        List<Registration> waiting = registrations.stream().filter(r -> r.status() == RegistrationStatus.WAITING)
                .sorted(Comparator.comparing(Registration::registeredAt).thenComparing(Registration::id)).toList();
        for (Registration r : waiting) {
            if (seatFor(r.profession())) {
                r.confirm(now);
                registerEvent(new MeetingEvent.MovedUp(id(), r.memberId(), actor));
            }
        }
    }

    private boolean seatFor(Profession profession) {
        if (capacity != null && confirmed() >= capacity) {
            return false;
        }
        Integer quota = quotas.get(profession);
        return quota == null || confirmed(profession) < quota;
    }

    public long confirmed() {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
    }

    public long confirmed(Profession profession) {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED && r.profession() == profession).count();
    }

    public long waiting() {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.WAITING).count();
    }

    public boolean registrationOpen(Instant now) {
        return status == MeetingStatus.PLANNED && now.isBefore(deadline == null ? startsAt : deadline) && now.isBefore(startsAt);
    }

    // -- the day --------------------------------------------------------------------------------------------------

    /**
     * 受付: the member opened the door's QR link; confirmed members only, while the door is open, and only while they
     * are active ({@code who}: the member as the directory knows them now; a suspended member gets no certificate).
     */
    public Registration checkIn(Actor actor, Registrant who, String code, Instant now) {
        if (!checkInCode.equals(code)) {
            throw new AccessRefusedException("events.wrong-check-in");
        }
        requireSelf(actor, who);
        if (!who.active()) {
            throw new AccessRefusedException("events.member-not-active");
        }
        requirePlanned();
        if (now.isBefore(startsAt.minus(DOOR)) || now.isAfter(endsAt.plus(DOOR))) {
            throw new ConflictException("events.door-closed");
        }
        Registration r = registrationOf(actor.memberId()).filter(x -> x.status() == RegistrationStatus.CONFIRMED)
                .orElseThrow(() -> new ConflictException("events.not-confirmed"));
        if (!r.attended()) {
            r.attend(now, certificate ? code(16) : null);
            registerEvent(new MeetingEvent.Attended(id(), r.memberId(), true, actor));
        }
        return r;
    }

    /** The organiser ticks (or unticks) a confirmed member's attendance, from an hour before the start. */
    public void markAttendance(Actor actor, long memberId, boolean present, Instant now) {
        requireOrganiser(actor);
        requirePlanned();
        if (now.isBefore(startsAt.minus(DOOR))) {
            throw new ConflictException("events.not-yet");
        }
        Registration r = registrationOf(memberId).filter(x -> x.status() == RegistrationStatus.CONFIRMED)
                .orElseThrow(() -> new ConflictException("events.not-confirmed"));
        if (present && !r.attended()) {
            r.attend(now, certificate ? code(16) : null);
            registerEvent(new MeetingEvent.Attended(id(), memberId, false, actor));
        } else if (!present && r.attended()) {
            r.unattend();
            registerEvent(new MeetingEvent.AttendanceWithdrawn(id(), memberId, actor));
        }
    }

    /**
     * グループ分け: those present (or, before anyone is, those confirmed) dealt into groups of about {@code size}, by
     * profession in turn, so each group has one of each profession as far as there are enough of them.
     */
    public int formGroups(Actor actor, int size) {
        requireOrganiser(actor);
        requirePlanned();
        if (size < 2 || size > 20) {
            throw new InvalidInputException("size", "validation.Range", 2, 20);
        }
        List<Registration> present = registrations.stream().filter(Registration::attended).toList();
        List<Registration> people = new ArrayList<>(present.isEmpty()
                ? registrations.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).toList() : present);
        registrations.forEach(r -> r.group(null));
        if (people.isEmpty()) {
            return 0;
        }
        int groups = (people.size() + size - 1) / size;
        people.sort(Comparator.comparing(Registration::profession).thenComparing(Registration::registeredAt));
        for (int i = 0; i < people.size(); i++) {
            people.get(i).group(i % groups + 1);
        }
        registerEvent(new MeetingEvent.GroupsFormed(id(), groups, actor));
        return groups;
    }

    /** Moves one member to another group by hand. */
    public void moveToGroup(Actor actor, long memberId, @Nullable Integer group) {
        requireOrganiser(actor);
        requirePlanned();
        if (group != null && (group < 1 || group > 100)) {
            throw new InvalidInputException("group", "validation.Range", 1, 100);
        }
        registrationOf(memberId).filter(x -> x.status() == RegistrationStatus.CONFIRMED)
                .orElseThrow(() -> new ConflictException("events.not-confirmed")).group(group);
    }

    /** The short survey after the meeting: attended members, once, from the start on. */
    public void answerSurvey(Actor actor, int rating, @Nullable String comment, Instant now) {
        Registration r = registrationOf(actor.memberId()).filter(Registration::attended)
                .orElseThrow(() -> new ConflictException("events.not-attended"));
        if (now.isBefore(startsAt)) {
            throw new ConflictException("events.not-yet");
        }
        if (r.surveyedAt() != null) {
            throw new ConflictException("events.survey-answered");
        }
        String text = blank(comment);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (rating < 1 || rating > 5) {
            problems.add(new InvalidInputException.Problem("rating", "validation.Range", 1, 5));
        }
        if (text != null && text.length() > COMMENT_LIMIT) {
            problems.add(new InvalidInputException.Problem("comment", "validation.Size", 0, COMMENT_LIMIT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        r.survey(rating, text, now);
        registerEvent(new MeetingEvent.SurveyAnswered(id(), actor.memberId(), actor));
    }

    // -- who may do what ------------------------------------------------------------------------------------------

    public boolean organisedBy(Actor actor) {
        return organiser().administeredBy(actor);
    }

    public Organiser organiser() {
        return new Organiser(organiserFacilityId, organiserName, organiserType, associationId);
    }

    /** Who may see the meeting at all: its association's members, and everyone when it is open to all. */
    public boolean visibleTo(Actor actor) {
        return openToAll || organisedBy(actor) || (actor.associationId() != null && actor.associationId() == associationId)
                || actor.isSystemAdmin() || registrationOf(actor.memberId()).isPresent();
    }

    /** What this member may do now ({@code who} is the member as the directory knows them, null for a program). */
    public Set<MeetingAction> allowedActions(Actor actor, @Nullable Registrant who, Instant now) {
        Set<MeetingAction> actions = EnumSet.noneOf(MeetingAction.class);
        boolean planned = status == MeetingStatus.PLANNED;
        Optional<Registration> mine = registrationOf(actor.memberId());
        boolean active = mine.map(r -> r.status().active()).orElse(false);
        if (who != null && !active && registrationOpen(now) && refusal(who) == null) {
            actions.add(MeetingAction.REGISTER);
        }
        if (active && now.isBefore(startsAt) && planned) {
            actions.add(MeetingAction.CANCEL_REGISTRATION);
        }
        if (organisedBy(actor)) {
            actions.add(MeetingAction.SEE_PARTICIPANTS);
            if (planned && now.isBefore(endsAt)) {
                actions.add(MeetingAction.EDIT);
                actions.add(MeetingAction.CALL_OFF);
            }
            if (planned) {
                actions.add(MeetingAction.FORM_GROUPS);
            }
            if (planned && !now.isBefore(startsAt.minus(DOOR))) {
                actions.add(MeetingAction.MARK_ATTENDANCE);
            }
        }
        mine.filter(Registration::attended).ifPresent(r -> {
            if (r.surveyedAt() == null && !now.isBefore(startsAt)) {
                actions.add(MeetingAction.ANSWER_SURVEY);
            }
            if (r.certificateCode() != null) {
                actions.add(MeetingAction.DOWNLOAD_CERTIFICATE);
            }
        });
        return actions;
    }

    private void requireOrganiser(Actor actor) {
        if (!organisedBy(actor)) {
            throw new AccessRefusedException("events.not-organiser");
        }
    }

    private void requirePlanned() {
        if (status != MeetingStatus.PLANNED) {
            throw new ConflictException("events.called-off");
        }
    }

    public Optional<Registration> registrationOf(long memberId) {
        return registrations.stream().filter(r -> r.memberId() == memberId).findFirst();
    }

    /** Marks the day-before reminder as sent. */
    public void reminded(Instant now) {
        remindedAt = now;
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String code(int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = CODE[RANDOM.nextInt(CODE.length)];
        }
        return new String(c);
    }

    private static <E extends Enum<E>> Set<E> parse(String csv, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (!csv.isBlank()) {
            Arrays.stream(csv.split(",")).forEach(s -> set.add(Enum.valueOf(type, s)));
        }
        return set;
    }

    // -- reading --------------------------------------------------------------------------------------------------

    public long id() {
        return Objects.requireNonNull(id);
    }

    public long associationId() {
        return associationId;
    }

    public long organiserFacilityId() {
        return organiserFacilityId;
    }

    public String organiserName() {
        return organiserName;
    }

    public MeetingKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public @Nullable String description() {
        return description;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public @Nullable String place() {
        return place;
    }

    public @Nullable String videoUrl() {
        return videoUrl;
    }

    public boolean openToAll() {
        return openToAll;
    }

    public Set<Profession> professions() {
        return parse(professions, Profession.class);
    }

    public Set<FacilityType> facilityTypes() {
        return parse(facilityTypes, FacilityType.class);
    }

    public @Nullable Integer capacity() {
        return capacity;
    }

    public Map<Profession, Integer> quotas() {
        Map<Profession, Integer> copy = new EnumMap<>(Profession.class);
        copy.putAll(quotas);
        return copy;
    }

    public @Nullable Instant deadline() {
        return deadline;
    }

    public boolean certificate() {
        return certificate;
    }

    public String checkInCode() {
        return checkInCode;
    }

    public MeetingStatus status() {
        return status;
    }

    public @Nullable Instant remindedAt() {
        return remindedAt;
    }

    public List<Registration> registrations() {
        return List.copyOf(registrations);
    }

    public long version() {
        return version;
    }
}
