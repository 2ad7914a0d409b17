package org.renkei.beds;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.beds.internal.BedHospital;
import org.renkei.beds.internal.BedHospitals;
import org.renkei.beds.internal.BedProgramme;
import org.renkei.beds.internal.BedProgrammes;
import org.renkei.beds.internal.BedRequest;
import org.renkei.beds.internal.BedRequests;
import org.renkei.patient.CoveredPatient;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PatientRef;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for a backup bed, every step: drafted by the team (checked against the programme's rules, each broken rule
 * named), confirmed by the 主治医, answered by the hospital, forwarded to the next hospital after a refusal or no answer
 * in time, admitted and discharged. Reading them is {@link BedRequestQueries}.
 */
@Service
@Transactional
public class BedRequestService {

    private final BedRequests requests;
    private final BedProgrammes programmes;
    private final BedHospitals hospitals;
    private final PrimaryPhysicians primaries;
    private final PatientAccess patients;
    private final BedRequestQueries queries;
    private final Clock clock;

    BedRequestService(BedRequests requests, BedProgrammes programmes, BedHospitals hospitals, PrimaryPhysicians primaries,
            PatientAccess patients, BedRequestQueries queries, Clock clock) {
        this.requests = requests;
        this.programmes = programmes;
        this.hospitals = hospitals;
        this.primaries = primaries;
        this.patients = patients;
        this.queries = queries;
        this.clock = clock;
    }

    /** What the team asks for, at which hospital. */
    public record NewRequest(long patientId, long hospitalId, Purpose purpose, Urgency urgency, Transport transport,
            @Nullable String note) {}

    /**
     * A request by a member of the patient's team (who may write to the patient: on the team, inside the consent). The
     * patient's 主治医 sends it at once; anyone else's waits for the 主治医 to confirm. Refused, each naming its rule:
     * a hospital the consent leaves out, the programme's age, purpose and re-use rules, a request already under way.
     */
    public RequestInfo request(Actor actor, NewRequest r) {
        PatientRef ref = patients.checkWrite(actor, r.patientId());
        BedHospital hospital = hospitals.require(r.hospitalId());
        BedProgramme programme = programmes.require(hospital.programmeId());
        CoveredPatient p = Objects.requireNonNull(primaries.find(r.patientId()));
        if (p.primaryMemberId() == null) {
            throw new ConflictException("beds.no-primary-doctor");
        }
        if (requests.underWay(r.patientId(), programme.id())) {
            throw new ConflictException("beds.request-under-way");
        }
        checkRules(programme, hospital, p, ref, r.purpose());
        Instant now = Instant.now(clock);
        BedRequest request = requests.save(BedRequest.draft(actor, programme.id(), hospital.id(), p.id(), ref.associationId(),
                p.primaryMemberId(), new BedRequest.Ask(r.purpose(), r.urgency(), r.transport(), r.note()), null, now));
        return queries.info(actor, requests.save(request.drafted(actor, programme.answerWithin(r.urgency()), desk(programme, now), now)));
    }

    private void checkRules(BedProgramme programme, BedHospital hospital, CoveredPatient p, PatientRef ref, Purpose purpose) {
        if (!hospital.active()) {
            throw new InvalidInputException("hospital", "beds.hospital-inactive");
        }
        if (programme.associationId() != ref.associationId()) {
            throw new InvalidInputException("hospital", "beds.other-association");
        }
        if (!patients.covers(p.id(), -1, hospital.facilityId())) {
            throw new InvalidInputException("hospital", "beds.consent-excludes-hospital");
        }
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
        programme.check(Period.between(p.birthDate(), today).getYears(), purpose,
                requests.lastDischarged(p.id(), programme.id()).orElse(null), today);
    }

    /** 確認: the 主治医 confirms the team's draft; it goes to the hospital. */
    public RequestInfo confirm(Actor actor, long id) {
        BedRequest r = requests.require(id);
        BedProgramme programme = programmes.require(r.programmeId());
        Instant now = Instant.now(clock);
        r.confirm(actor, programme.answerWithin(r.urgency()), desk(programme, now), now);
        return queries.info(actor, requests.save(r));
    }

    /** The desk passes a request on to its hospital (its members only; they see no clinical content). */
    public RequestOverview passOn(Actor actor, long id) {
        BedRequest r = requests.require(id);
        r.passOn(actor, programmes.require(r.programmeId()).answerWithin(r.urgency()), Instant.now(clock));
        requests.save(r);
        return queries.overview(actor).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    /** The programme's desk, when the programme routes requests through it and it is open now; otherwise none. */
    private static @Nullable Long desk(BedProgramme programme, Instant now) {
        return programme.viaDesk() && DeskHours.open(now) ? programme.runByFacilityId() : null;
    }

    public RequestInfo withdraw(Actor actor, long id) {
        BedRequest r = requests.require(id);
        r.withdraw(actor, Instant.now(clock));
        return queries.info(actor, requests.save(r));
    }

    public RequestInfo accept(Actor actor, long id, Instant arriveBy) {
        BedRequest r = requests.require(id);
        r.accept(actor, facilityOf(r), arriveBy, Instant.now(clock));
        return queries.info(actor, requests.save(r));
    }

    public RequestInfo decline(Actor actor, long id, DeclineReason reason, @Nullable String note) {
        BedRequest r = requests.require(id);
        r.decline(actor, facilityOf(r), reason, note, Instant.now(clock));
        return queries.info(actor, requests.save(r));
    }

    public RequestInfo admit(Actor actor, long id, LocalDate on) {
        BedRequest r = requests.require(id);
        r.admit(actor, facilityOf(r), on, LocalDate.now(clock.withZone(TimeConfiguration.TOKYO)), Instant.now(clock));
        return queries.info(actor, requests.save(r));
    }

    public RequestInfo discharge(Actor actor, long id, LocalDate on) {
        BedRequest r = requests.require(id);
        r.discharge(actor, facilityOf(r), on, LocalDate.now(clock.withZone(TimeConfiguration.TOKYO)), Instant.now(clock));
        return queries.info(actor, requests.save(r));
    }

    /**
     * After a refusal or no answer: the same request to another hospital of the programme, sent at once (the 主治医
     * confirmed it already). Not a hospital asked before in this chain; the rules are checked again.
     */
    public RequestInfo forward(Actor actor, long id, long hospitalId) {
        BedRequest previous = requests.require(id);
        boolean forwarded = requests.findFirstByPreviousId(id).isPresent();
        if (!previous.allowedActions(actor, facilityOf(previous), Instant.now(clock), forwarded).contains(BedAction.FORWARD)) {
            boolean involved = actor.memberId() == previous.doctorId() || actor.memberId() == previous.draftedBy();
            throw !involved ? new AccessRefusedException("beds.not-your-request")
                    : forwarded ? new ConflictException("beds.already-forwarded")
                    : new ConflictException("beds.request-state", previous.status().name());
        }
        BedHospital hospital = hospitals.require(hospitalId);
        if (hospital.programmeId() != previous.programmeId() || askedBefore(previous).contains(hospitalId)) {
            throw new InvalidInputException("hospital", "beds.asked-before");
        }
        PatientRef ref = patients.checkWrite(actor, previous.patientId());
        BedProgramme programme = programmes.require(previous.programmeId());
        CoveredPatient p = Objects.requireNonNull(primaries.find(previous.patientId()));
        checkRules(programme, hospital, p, ref, previous.purpose());
        Instant now = Instant.now(clock);
        BedRequest next = requests.save(BedRequest.draft(actor, programme.id(), hospitalId, previous.patientId(), ref.associationId(),
                previous.doctorId(), new BedRequest.Ask(previous.purpose(), previous.urgency(), previous.transport(), previous.note()),
                previous.id(), now));
        return queries.info(actor, requests.save(next.drafted(actor, programme.answerWithin(previous.urgency()), desk(programme, now), now)));
    }

    /**
     * The hospitals to offer after a refusal or no answer: the programme's others not asked in this chain, with free
     * beds known today, most first.
     */
    @Transactional(readOnly = true)
    public List<HospitalInfo> nextHospitals(Actor actor, long id) {
        BedRequest r = requests.require(id);
        queries.requireTeam(actor, r);
        Set<Long> asked = askedBefore(r);
        Instant now = Instant.now(clock);
        List<Long> candidates = hospitals.findByProgrammes(List.of(r.programmeId())).stream()
                .filter(h -> h.active() && !asked.contains(h.id()) && h.knownFree(now) > 0).map(BedHospital::id).toList();
        return queries.hospitals(actor, candidates).stream()
                .sorted(java.util.Comparator.comparing((HospitalInfo h) -> -Objects.requireNonNullElse(h.freeBeds(), 0))).toList();
    }

    private Set<Long> askedBefore(BedRequest r) {
        Set<Long> asked = new LinkedHashSet<>();
        BedRequest at = r;
        while (at != null) {
            asked.add(at.hospitalId());
            at = at.previousId() == null ? null : requests.findById(at.previousId()).orElse(null);
        }
        return asked;
    }

    private long facilityOf(BedRequest r) {
        return hospitals.require(r.hospitalId()).facilityId();
    }
}
