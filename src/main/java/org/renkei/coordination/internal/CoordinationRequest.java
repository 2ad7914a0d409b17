package org.renkei.coordination.internal;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.coordination.CoordinationAction;
import org.renkei.coordination.CoordinationEvent;
import org.renkei.coordination.CoordinationStatus;
import org.renkei.coordination.InquiryAnswer;
import org.renkei.coordination.InquiryReason;
import org.renkei.coordination.Need;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A request to the district's desk to find care (調整依頼) and the inquiries the desk sends: 受付 → 照会中 → 提案済 →
 * 成立 / 不成立 → 完了 (or 取下げ). The patient is anonymous (age, sex, needs) until the requester links the record with
 * the patient's consent. The desk acts on it; the facilities answer their own inquiry; the requester accepts the match.
 */
@Entity
@jakarta.persistence.Table(name = "coordination_request")
public class CoordinationRequest extends AbstractAggregateRoot<CoordinationRequest> {

    public static final int NOTE_LIMIT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long associationId;
    private long deskFacilityId;
    private long districtId;
    private long requesterMemberId;
    private long requesterFacilityId;
    @Enumerated(EnumType.STRING)
    private Need need;
    private String capabilities;
    private LocalDate startOn;
    private @Nullable String note;
    private @Nullable Long patientId;
    private @Nullable Integer patientAge;
    private @Nullable String patientSex;
    @Enumerated(EnumType.STRING)
    private CoordinationStatus status;
    private Instant receivedAt;
    private Instant firstAnswerDue;
    private @Nullable Instant firstAnswerAt;
    private @Nullable Long proposedInquiryId;
    private @Nullable Long matchedFacilityId;
    private @Nullable Instant matchedAt;
    private @Nullable Instant closedAt;
    private @Nullable String unmatchedReason;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "request_id", nullable = false)
    // a list of requests reads their inquiries a hundred requests at a time, not one query per request
    @org.hibernate.annotations.BatchSize(size = 100)
    @OrderBy("id")
    private List<Inquiry> inquiries = new ArrayList<>();

    @Version
    private long version;

    protected CoordinationRequest() {
        this.need = Need.OTHER;
        this.capabilities = "";
        this.startOn = LocalDate.EPOCH;
        this.status = CoordinationStatus.RECEIVED;
        this.receivedAt = Instant.EPOCH;
        this.firstAnswerDue = Instant.EPOCH;
    }

    /** What the requester asks for; the patient anonymous (age and sex) or linked. */
    public record Ask(Need need, Set<String> capabilities, long districtId, LocalDate startOn, @Nullable String note,
            @Nullable Long patientId, @Nullable Integer patientAge, @Nullable String patientSex) {}

    /** Filed by a member of a facility (the service has found the district's desk and checked a linked patient). */
    public static CoordinationRequest file(Actor actor, long associationId, long deskFacilityId, Ask ask, Instant firstAnswerDue,
            LocalDate today, Instant now) {
        if (actor.facilityId() == null) {
            throw new AccessRefusedException("coordination.no-facility");
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (ask.startOn().isBefore(today) || ask.startOn().isAfter(today.plusYears(1))) {
            problems.add(new InvalidInputException.Problem("startOn", "coordination.start-date"));
        }
        if (ask.patientId() == null && (ask.patientAge() == null || ask.patientAge() < 0 || ask.patientAge() > 120)) {
            problems.add(new InvalidInputException.Problem("patientAge", "validation.Range", 0, 120));
        }
        String text = ask.note() == null || ask.note().isBlank() ? null : ask.note().strip();
        if (text != null && text.length() > NOTE_LIMIT) {
            problems.add(new InvalidInputException.Problem("note", "validation.Size", 0, NOTE_LIMIT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CoordinationRequest r = new CoordinationRequest();
        r.associationId = associationId;
        r.deskFacilityId = deskFacilityId;
        r.districtId = ask.districtId();
        r.requesterMemberId = actor.memberId();
        r.requesterFacilityId = actor.facilityId();
        r.need = ask.need();
        r.capabilities = String.join(",", new LinkedHashSet<>(ask.capabilities()));
        r.startOn = ask.startOn();
        r.note = text;
        r.patientId = ask.patientId();
        r.patientAge = ask.patientId() == null ? ask.patientAge() : null;
        r.patientSex = ask.patientId() == null ? ask.patientSex() : null;
        r.status = CoordinationStatus.RECEIVED;
        r.receivedAt = now;
        r.firstAnswerDue = firstAnswerDue;
        return r;
    }

    public CoordinationRequest filed(Actor actor) {
        registerEvent(new CoordinationEvent.Filed(id(), actor));
        return this;
    }

    /** 照会: the desk asks these facilities (each once); the service chose them from the capability search. */
    public void inquire(Actor actor, Collection<Long> facilityIds, Instant now) {
        require(CoordinationAction.INQUIRE, actor);
        if (facilityIds.isEmpty()) {
            throw new InvalidInputException("facilities", "validation.NotEmpty");
        }
        Set<Long> asked = inquiries.stream().map(Inquiry::facilityId).collect(Collectors.toSet());
        List<Long> added = new ArrayList<>();
        for (long f : new LinkedHashSet<>(facilityIds)) {
            if (!asked.contains(f)) {
                inquiries.add(new Inquiry(f, actor.memberId(), now));
                added.add(f);
            }
        }
        if (added.isEmpty()) {
            throw new ConflictException("coordination.already-asked");
        }
        if (status == CoordinationStatus.RECEIVED) {
            status = CoordinationStatus.INQUIRING;
        }
        registerEvent(new CoordinationEvent.Inquired(id(), List.copyOf(added), actor));
    }

    /** A facility answers its own inquiry: 受入可 / 要相談 / 受入不可 with a coded reason (その他 needs words). */
    public void answer(Actor actor, long inquiryId, InquiryAnswer answer, @Nullable InquiryReason reason, @Nullable String note,
            Instant now) {
        Inquiry inquiry = inquiries.stream().filter(i -> Objects.equals(i.idOrNull(), inquiryId)).findFirst()
                .orElseThrow(() -> new AccessRefusedException("coordination.not-your-inquiry"));
        if (!actor.worksAt(inquiry.facilityId())) {
            throw new AccessRefusedException("coordination.not-your-inquiry");
        }
        if (!status.open()) {
            throw new ConflictException("coordination.request-state", status.name());
        }
        if (inquiry.answer() != null) {
            throw new ConflictException("coordination.already-answered");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (answer == InquiryAnswer.DECLINE && reason == null) {
            throw new InvalidInputException("reason", "validation.NotNull");
        }
        if (reason == InquiryReason.OTHER && text == null) {
            throw new InvalidInputException("note", "validation.NotBlank");
        }
        if (text != null && text.length() > 500) {
            throw new InvalidInputException("note", "validation.Size", 0, 500);
        }
        inquiry.answer(answer, answer == InquiryAnswer.DECLINE ? reason : null, text, actor.memberId(), now);
        if (firstAnswerAt == null) {
            firstAnswerAt = now;
        }
        registerEvent(new CoordinationEvent.Answered(id(), inquiry.facilityId(), answer, actor));
    }

    /** 提案: the desk proposes a facility that answered 受入可 or 要相談. */
    public void propose(Actor actor, long inquiryId) {
        require(CoordinationAction.PROPOSE, actor);
        Inquiry inquiry = inquiries.stream().filter(i -> Objects.equals(i.idOrNull(), inquiryId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("inquiry", "coordination.not-an-inquiry"));
        if (inquiry.answer() == null || inquiry.answer() == InquiryAnswer.DECLINE) {
            throw new InvalidInputException("inquiry", "coordination.propose-an-acceptance");
        }
        proposedInquiryId = inquiryId;
        status = CoordinationStatus.PROPOSED;
        registerEvent(new CoordinationEvent.Proposed(id(), inquiry.facilityId(), actor));
    }

    /** 成立: the requester (or a colleague of their facility) accepts the proposed facility. */
    public void acceptMatch(Actor actor, Instant now) {
        require(CoordinationAction.ACCEPT_MATCH, actor);
        Inquiry proposed = proposed();
        matchedFacilityId = proposed.facilityId();
        matchedAt = now;
        status = CoordinationStatus.MATCHED;
        registerEvent(new CoordinationEvent.MatchAccepted(id(), proposed.facilityId(), actor));
    }

    /** The requester turns the proposal down: the desk goes on asking. */
    public void declineMatch(Actor actor) {
        require(CoordinationAction.DECLINE_MATCH, actor);
        long facility = proposed().facilityId();
        proposedInquiryId = null;
        status = CoordinationStatus.INQUIRING;
        registerEvent(new CoordinationEvent.MatchDeclined(id(), facility, actor));
    }

    /** 不成立, with what was missing. */
    public void closeUnmatched(Actor actor, String reason, Instant now) {
        require(CoordinationAction.CLOSE_UNMATCHED, actor);
        if (reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "validation.Size", 1, 500);
        }
        unmatchedReason = reason.strip();
        status = CoordinationStatus.UNMATCHED;
        closedAt = now;
        registerEvent(new CoordinationEvent.Unmatched(id(), actor));
    }

    /** 完了: care has started with the matched facility. */
    public void complete(Actor actor, Instant now) {
        require(CoordinationAction.COMPLETE, actor);
        status = CoordinationStatus.COMPLETED;
        closedAt = now;
        registerEvent(new CoordinationEvent.Completed(id(), actor));
    }

    public void withdraw(Actor actor, Instant now) {
        require(CoordinationAction.WITHDRAW, actor);
        status = CoordinationStatus.WITHDRAWN;
        closedAt = now;
        registerEvent(new CoordinationEvent.Withdrawn(id(), actor));
    }

    /** Links the patient's record (the service checked the requester reads the patient and the consent admits the desk). */
    public void linkPatient(Actor actor, long patient) {
        require(CoordinationAction.LINK_PATIENT, actor);
        patientId = patient;
        patientAge = null;
        patientSex = null;
        registerEvent(new CoordinationEvent.PatientLinked(id(), patient, actor));
    }

    /** Drops the events registered so far: for the demo's history of past months, which no one is told of again. */
    CoordinationRequest quietly() {
        clearDomainEvents();
        return this;
    }

    public Set<CoordinationAction> allowedActions(Actor actor) {
        Set<CoordinationAction> allowed = EnumSet.noneOf(CoordinationAction.class);
        boolean desk = desk(actor);
        boolean requester = requester(actor);
        switch (status) {
            case RECEIVED, INQUIRING -> {
                if (desk) {
                    allowed.add(CoordinationAction.INQUIRE);
                    allowed.add(CoordinationAction.CLOSE_UNMATCHED);
                    if (inquiries.stream().anyMatch(i -> i.answer() == InquiryAnswer.ACCEPT || i.answer() == InquiryAnswer.ASK)) {
                        allowed.add(CoordinationAction.PROPOSE);
                    }
                }
            }
            case PROPOSED -> {
                if (desk) {
                    allowed.add(CoordinationAction.INQUIRE);
                    allowed.add(CoordinationAction.CLOSE_UNMATCHED);
                }
                if (requester) {
                    allowed.add(CoordinationAction.ACCEPT_MATCH);
                    allowed.add(CoordinationAction.DECLINE_MATCH);
                }
            }
            case MATCHED -> {
                if (desk || requester) {
                    allowed.add(CoordinationAction.COMPLETE);
                }
                if (requester && patientId != null) {
                    allowed.add(CoordinationAction.INVITE);
                }
            }
            default -> { }
        }
        if (requester && status.open()) {
            allowed.add(CoordinationAction.WITHDRAW);
            if (patientId == null) {
                allowed.add(CoordinationAction.LINK_PATIENT);
            }
        }
        return allowed;
    }

    private void require(CoordinationAction action, Actor actor) {
        if (!allowedActions(actor).contains(action)) {
            if (!desk(actor) && !requester(actor)) {
                throw new AccessRefusedException("coordination.not-your-request");
            }
            throw new ConflictException("coordination.request-state", status.name());
        }
    }

    /** A member of the desk the request is filed with (a person: the desk's programs do not act for it). */
    public boolean desk(Actor actor) {
        return actor.worksAt(deskFacilityId) && !actor.has(Role.API_CLIENT);
    }

    /** The requester, or a member (or program) of the requesting facility. */
    public boolean requester(Actor actor) {
        return actor.memberId() == requesterMemberId || actor.worksAt(requesterFacilityId);
    }

    /** Late: the first answer is due and no facility has answered while the request is open. */
    public boolean late(Instant now) {
        return status.open() && firstAnswerAt == null && firstAnswerDue.isBefore(now);
    }

    private Inquiry proposed() {
        return inquiries.stream().filter(i -> Objects.equals(i.idOrNull(), proposedInquiryId)).findFirst()
                .orElseThrow(() -> new ConflictException("coordination.request-state", status.name()));
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long associationId() {
        return associationId;
    }

    public long deskFacilityId() {
        return deskFacilityId;
    }

    public long districtId() {
        return districtId;
    }

    public long requesterMemberId() {
        return requesterMemberId;
    }

    public long requesterFacilityId() {
        return requesterFacilityId;
    }

    public Need need() {
        return need;
    }

    public Set<String> capabilities() {
        return capabilities.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(capabilities.split(",")));
    }

    public LocalDate startOn() {
        return startOn;
    }

    public @Nullable String note() {
        return note;
    }

    public @Nullable Long patientId() {
        return patientId;
    }

    public @Nullable Integer patientAge() {
        return patientAge;
    }

    public @Nullable String patientSex() {
        return patientSex;
    }

    public CoordinationStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant firstAnswerDue() {
        return firstAnswerDue;
    }

    public @Nullable Instant firstAnswerAt() {
        return firstAnswerAt;
    }

    public @Nullable Long proposedInquiryId() {
        return proposedInquiryId;
    }

    public @Nullable Long matchedFacilityId() {
        return matchedFacilityId;
    }

    public @Nullable Instant matchedAt() {
        return matchedAt;
    }

    public @Nullable String unmatchedReason() {
        return unmatchedReason;
    }

    public List<Inquiry> inquiries() {
        return List.copyOf(inquiries);
    }
}
