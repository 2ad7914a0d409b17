package org.renkei.beds.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.beds.BedAction;
import org.renkei.beds.BedEvent;
import org.renkei.beds.DeclineReason;
import org.renkei.beds.Purpose;
import org.renkei.beds.RequestStatus;
import org.renkei.beds.Transport;
import org.renkei.beds.Urgency;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A request for a backup bed at one hospital: drafted by the team (a visiting nurse or care manager for the 主治医, who
 * confirms it) or sent by the 主治医 at once; answered by the hospital by the due time, accepted with a time to arrive
 * or declined with a coded reason; then admitted and discharged. A refusal, or no answer in time, offers the next
 * hospital: a new request that names this one as its previous. Each step registers its {@link BedEvent}.
 */
@Entity
@Table(name = "bed_request")
public class BedRequest extends AbstractAggregateRoot<BedRequest> {

    public static final int NOTE_LIMIT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long programmeId;
    private long hospitalId;
    private long patientId;
    private long associationId;
    private @Nullable Long previousId;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    @Enumerated(EnumType.STRING)
    private Transport transport;
    private @Nullable String note;
    private long doctorId;
    private long draftedBy;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    private Instant createdAt;
    private @Nullable Instant sentAt;
    private @Nullable Instant dueAt;
    private @Nullable Instant answeredAt;
    private @Nullable Long answeredBy;
    private @Nullable Instant arriveBy;
    @Enumerated(EnumType.STRING)
    private @Nullable DeclineReason declineReason;
    private @Nullable String declineNote;
    private @Nullable LocalDate admittedOn;
    private @Nullable LocalDate dischargedOn;
    private @Nullable Instant closedAt;
    private @Nullable Long deskFacilityId;
    private @Nullable Instant atDeskSince;

    @Version
    private long version;

    protected BedRequest() {
        this.purpose = Purpose.SEMI_EMERGENCY;
        this.urgency = Urgency.TODAY;
        this.transport = Transport.FAMILY;
        this.status = RequestStatus.DRAFT;
        this.createdAt = Instant.EPOCH;
    }

    /** What the team asks for. */
    public record Ask(Purpose purpose, Urgency urgency, Transport transport, @Nullable String note) {}

    /**
     * A draft for the patient's 主治医 ({@code doctorId}) to confirm, written by a member of the team (the service has
     * checked the team and the programme's rules).
     */
    public static BedRequest draft(Actor actor, long programmeId, long hospitalId, long patientId, long associationId,
            long doctorId, Ask ask, @Nullable Long previousId, Instant now) {
        String note = ask.note() == null || ask.note().isBlank() ? null : ask.note().strip();
        if (note != null && note.length() > NOTE_LIMIT) {
            throw new InvalidInputException("note", "validation.Size", 0, NOTE_LIMIT);
        }
        BedRequest r = new BedRequest();
        r.programmeId = programmeId;
        r.hospitalId = hospitalId;
        r.patientId = patientId;
        r.associationId = associationId;
        r.previousId = previousId;
        r.purpose = ask.purpose();
        r.urgency = ask.urgency();
        r.transport = ask.transport();
        r.note = note;
        r.doctorId = doctorId;
        r.draftedBy = actor.memberId();
        r.status = RequestStatus.DRAFT;
        r.createdAt = now;
        return r;
    }

    /**
     * Once saved: the draft is announced, or (the doctor's own, or a forwarded one) sent at once: to the hospital, or
     * to the desk ({@code desk}, the programme's desk when it is open and the programme routes requests through it).
     */
    public BedRequest drafted(Actor actor, Duration answerWithin, @Nullable Long desk, Instant now) {
        if (previousId != null || actor.memberId() == doctorId) {
            send(actor, answerWithin, desk, now);
        } else {
            registerEvent(new BedEvent.RequestDrafted(id(), actor));
        }
        return this;
    }

    /** 確認: the 主治医 confirms the team's draft, and it goes to the hospital (or first to the desk). */
    public void confirm(Actor actor, Duration answerWithin, @Nullable Long desk, Instant now) {
        require(BedAction.CONFIRM, actor, -1, now);
        send(actor, answerWithin, desk, now);
    }

    private void send(Actor actor, Duration answerWithin, @Nullable Long desk, Instant now) {
        if (desk != null) {
            status = RequestStatus.AT_DESK;
            deskFacilityId = desk;
            atDeskSince = now;
            registerEvent(new BedEvent.RequestAtDesk(id(), actor));
            return;
        }
        status = RequestStatus.REQUESTED;
        sentAt = now;
        dueAt = now.plus(answerWithin);
        registerEvent(new BedEvent.RequestSent(id(), previousId, actor));
    }

    /** The desk passes it on to the hospital (a member of the desk), and the hospital's answer time starts. */
    public void passOn(Actor actor, Duration answerWithin, Instant now) {
        require(BedAction.PASS_ON, actor, -1, now);
        send(actor, answerWithin, null, now);
    }

    /** Not passed on by the desk in the answer time: the portal sends it on itself, so it never waits there. Once. */
    public boolean passOnLate(Actor doctor, Duration answerWithin, Instant now) {
        if (status != RequestStatus.AT_DESK || atDeskSince == null || atDeskSince.plus(answerWithin).isAfter(now)) {
            return false;
        }
        send(doctor, answerWithin, null, now);
        return true;
    }

    /** 受入可, with the time by which the patient should arrive (within two days). */
    public void accept(Actor actor, long hospitalFacilityId, Instant arriveBy, Instant now) {
        require(BedAction.ACCEPT, actor, hospitalFacilityId, now);
        if (!arriveBy.isAfter(now.minus(Duration.ofMinutes(5))) || arriveBy.isAfter(now.plus(Duration.ofDays(2)))) {
            throw new InvalidInputException("arriveBy", "beds.arrive-by");
        }
        status = RequestStatus.ACCEPTED;
        answeredAt = now;
        answeredBy = actor.memberId();
        this.arriveBy = arriveBy;
        registerEvent(new BedEvent.RequestAccepted(id(), actor));
    }

    /** 受入不可, with a coded reason (その他 needs words). */
    public void decline(Actor actor, long hospitalFacilityId, DeclineReason reason, @Nullable String note, Instant now) {
        require(BedAction.DECLINE, actor, hospitalFacilityId, now);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (reason == DeclineReason.OTHER && text == null) {
            throw new InvalidInputException("declineNote", "validation.NotBlank");
        }
        if (text != null && text.length() > 500) {
            throw new InvalidInputException("declineNote", "validation.Size", 0, 500);
        }
        status = RequestStatus.DECLINED;
        answeredAt = now;
        answeredBy = actor.memberId();
        declineReason = reason;
        declineNote = text;
        registerEvent(new BedEvent.RequestDeclined(id(), reason, actor));
    }

    /** 期限切れ: the clock found no answer by the due time. Once. */
    public boolean expire(Actor doctor, Instant now) {
        if (status != RequestStatus.REQUESTED || dueAt == null || dueAt.isAfter(now)) {
            return false;
        }
        status = RequestStatus.EXPIRED;
        closedAt = now;
        registerEvent(new BedEvent.RequestExpired(id(), doctor));
        return true;
    }

    /** 取下げ by the 主治医 or whoever drafted it, before the patient is admitted. */
    public void withdraw(Actor actor, Instant now) {
        require(BedAction.WITHDRAW, actor, -1, now);
        status = RequestStatus.WITHDRAWN;
        closedAt = now;
        registerEvent(new BedEvent.RequestWithdrawn(id(), actor));
    }

    /** 入院: the hospital took the patient in (today or the day it says). */
    public void admit(Actor actor, long hospitalFacilityId, LocalDate on, LocalDate today, Instant now) {
        require(BedAction.ADMIT, actor, hospitalFacilityId, now);
        if (on.isAfter(today) || on.isBefore(today.minusDays(2))) {
            throw new InvalidInputException("admittedOn", "beds.date-range");
        }
        status = RequestStatus.ADMITTED;
        admittedOn = on;
        registerEvent(new BedEvent.PatientAdmitted(id(), actor));
    }

    /** 退院: the stay ended (no earlier than it began, not in the future). */
    public void discharge(Actor actor, long hospitalFacilityId, LocalDate on, LocalDate today, Instant now) {
        require(BedAction.DISCHARGE, actor, hospitalFacilityId, now);
        if (on.isAfter(today) || on.isBefore(Objects.requireNonNull(admittedOn))) {
            throw new InvalidInputException("dischargedOn", "beds.date-range");
        }
        status = RequestStatus.DISCHARGED;
        dischargedOn = on;
        closedAt = now;
        registerEvent(new BedEvent.PatientDischarged(id(), actor));
    }

    /**
     * What the member may do now, knowing whether the request was already sent on to the next hospital (a request is
     * forwarded once: the next one carries the chain on).
     */
    public Set<BedAction> allowedActions(Actor actor, long hospitalFacilityId, Instant now, boolean forwarded) {
        Set<BedAction> allowed = allowedActions(actor, hospitalFacilityId, now);
        if (forwarded) {
            allowed.remove(BedAction.FORWARD);
        }
        return allowed;
    }

    /** What the member may do now: the team's side (doctor, drafter) or the hospital's ({@code hospitalFacilityId}). */
    public Set<BedAction> allowedActions(Actor actor, long hospitalFacilityId, Instant now) {
        Set<BedAction> allowed = EnumSet.noneOf(BedAction.class);
        boolean program = actor.has(Role.API_CLIENT);
        boolean doctor = actor.memberId() == doctorId;
        boolean teamSide = doctor || actor.memberId() == draftedBy;
        boolean hospital = actor.worksAt(hospitalFacilityId);
        switch (status) {
            case DRAFT -> {
                if (doctor && !program) {
                    allowed.add(BedAction.CONFIRM);
                }
                if (teamSide) {
                    allowed.add(BedAction.WITHDRAW);
                }
            }
            case AT_DESK -> {
                if (deskFacilityId != null && actor.worksAt(deskFacilityId)) {
                    allowed.add(BedAction.PASS_ON);
                }
                if (teamSide) {
                    allowed.add(BedAction.WITHDRAW);
                }
            }
            case REQUESTED -> {
                if (hospital) {
                    allowed.add(BedAction.ACCEPT);
                    allowed.add(BedAction.DECLINE);
                }
                if (teamSide) {
                    allowed.add(BedAction.WITHDRAW);
                }
            }
            case ACCEPTED -> {
                if (hospital) {
                    allowed.add(BedAction.ADMIT);
                }
                if (teamSide) {
                    allowed.add(BedAction.WITHDRAW);
                }
            }
            case ADMITTED -> {
                if (hospital) {
                    allowed.add(BedAction.DISCHARGE);
                }
                if (!hospital && !program) {
                    allowed.add(BedAction.OPEN_ADMISSION_HANDOFF);
                }
            }
            case DECLINED, EXPIRED -> {
                if (teamSide) {
                    allowed.add(BedAction.FORWARD);
                }
            }
            default -> { }
        }
        return allowed;
    }

    private void require(BedAction action, Actor actor, long hospitalFacilityId, Instant now) {
        if (!allowedActions(actor, hospitalFacilityId, now).contains(action)) {
            boolean involved = actor.memberId() == doctorId || actor.memberId() == draftedBy || actor.worksAt(hospitalFacilityId)
                    || (deskFacilityId != null && actor.worksAt(deskFacilityId));
            if (!involved) {
                throw new AccessRefusedException(action == BedAction.CONFIRM ? "beds.doctor-confirms" : "beds.not-your-request");
            }
            throw new ConflictException("beds.request-state", status.name());
        }
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long programmeId() {
        return programmeId;
    }

    public long hospitalId() {
        return hospitalId;
    }

    public long patientId() {
        return patientId;
    }

    public long associationId() {
        return associationId;
    }

    public @Nullable Long previousId() {
        return previousId;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Urgency urgency() {
        return urgency;
    }

    public Transport transport() {
        return transport;
    }

    public @Nullable String note() {
        return note;
    }

    public long doctorId() {
        return doctorId;
    }

    public long draftedBy() {
        return draftedBy;
    }

    public RequestStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant sentAt() {
        return sentAt;
    }

    public @Nullable Instant dueAt() {
        return dueAt;
    }

    public @Nullable Instant answeredAt() {
        return answeredAt;
    }

    public @Nullable Instant arriveBy() {
        return arriveBy;
    }

    public @Nullable DeclineReason declineReason() {
        return declineReason;
    }

    public @Nullable String declineNote() {
        return declineNote;
    }

    public @Nullable LocalDate admittedOn() {
        return admittedOn;
    }

    public @Nullable LocalDate dischargedOn() {
        return dischargedOn;
    }

    public @Nullable Long deskFacilityId() {
        return deskFacilityId;
    }

    public @Nullable Instant atDeskSince() {
        return atDeskSince;
    }
}
