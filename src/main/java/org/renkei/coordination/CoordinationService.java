package org.renkei.coordination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.coordination.internal.CoordinationRequest;
import org.renkei.coordination.internal.CoordinationRequests;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.FacilityStatus;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.PatientAccess;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.TokyoCalendar;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a request to the desk: filed by a facility's member (anonymous, or linked to a patient with consent),
 * inquiries sent by the desk, answered by the facilities, the match proposed and accepted, closed; and, once matched,
 * the facility invited into the patient's team through the team's own rules. Reading is {@link CoordinationQueries}.
 */
@Service
@Transactional
public class CoordinationService {

    private final CoordinationRequests requests;
    private final DeskFinder desks;
    private final PatientAccess patients;
    private final CareTeamService teams;
    private final DirectoryLookup directory;
    private final CoordinationQueries queries;
    private final Clock clock;

    CoordinationService(CoordinationRequests requests, DeskFinder desks, PatientAccess patients, CareTeamService teams,
            DirectoryLookup directory, CoordinationQueries queries, Clock clock) {
        this.requests = requests;
        this.desks = desks;
        this.patients = patients;
        this.teams = teams;
        this.directory = directory;
        this.queries = queries;
        this.clock = clock;
    }

    /** What a requester files. */
    public record NewRequest(Need need, Set<String> capabilities, long districtId, LocalDate startOn, @Nullable String note,
            @Nullable Long patientId, @Nullable Integer patientAge, @Nullable String patientSex) {}

    /**
     * Files a request with the district's desk. A linked patient must be one the requester may read, whose consent
     * admits the desk; otherwise the patient stays anonymous (age, sex). The first answer is due at 17:00 on the next
     * business day (Tokyo: weekends, national holidays and the year end are not).
     */
    public RequestDetails file(Actor actor, NewRequest r) {
        DeskFinder.Desk desk = desks.forDistrict(r.districtId());
        if (actor.associationId() == null || actor.associationId() != desk.associationId()) {
            throw new InvalidInputException("district", "coordination.other-association");
        }
        desks.requireCapabilities(r.capabilities());
        if (r.patientId() != null) {
            requireLinkable(actor, r.patientId(), desk.facilityId());
        }
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
        Instant due = TokyoCalendar.nextBusinessDay(today).atTime(17, 0).atZone(TimeConfiguration.TOKYO).toInstant();
        CoordinationRequest request = requests.save(CoordinationRequest.file(actor, desk.associationId(), desk.facilityId(),
                new CoordinationRequest.Ask(r.need(), r.capabilities(), r.districtId(), r.startOn(), r.note(), r.patientId(),
                        r.patientAge(), r.patientSex()), due, today, now));
        return queries.details(actor, requests.save(request.filed(actor)));
    }

    private void requireLinkable(Actor actor, long patientId, long deskFacilityId) {
        patients.checkRead(actor, patientId);
        if (!patients.covers(patientId, -1, deskFacilityId)) {
            throw new InvalidInputException("patient", "coordination.consent-excludes-desk");
        }
    }

    /** 照会: the desk asks active facilities of its association. */
    public RequestDetails inquire(Actor actor, long id, List<Long> facilityIds) {
        CoordinationRequest r = requests.require(id);
        if (r.desk(actor)) {
            for (FacilityContact f : directory.contacts(facilityIds).values()) {
                if (f.status() != FacilityStatus.ACTIVE || f.associationId() != r.associationId()) {
                    throw new InvalidInputException("facilities", "coordination.facility-not-active");
                }
            }
            if (directory.contacts(facilityIds).size() != facilityIds.stream().distinct().count()) {
                throw new InvalidInputException("facilities", "coordination.facility-not-active");
            }
        }
        r.inquire(actor, facilityIds, Instant.now(clock));
        return queries.details(actor, requests.save(r));
    }

    /** A facility answers the inquiry addressed to it. */
    public InquiryCard answer(Actor actor, long requestId, long inquiryId, InquiryAnswer answer, @Nullable InquiryReason reason,
            @Nullable String note) {
        CoordinationRequest r = requests.require(requestId);
        r.answer(actor, inquiryId, answer, reason, note, Instant.now(clock));
        return queries.card(actor, requests.save(r), inquiryId);
    }

    public RequestDetails propose(Actor actor, long id, long inquiryId) {
        CoordinationRequest r = requests.require(id);
        r.propose(actor, inquiryId);
        return queries.details(actor, requests.save(r));
    }

    public RequestDetails acceptMatch(Actor actor, long id) {
        CoordinationRequest r = requests.require(id);
        r.acceptMatch(actor, Instant.now(clock));
        return queries.details(actor, requests.save(r));
    }

    public RequestDetails declineMatch(Actor actor, long id) {
        CoordinationRequest r = requests.require(id);
        r.declineMatch(actor);
        return queries.details(actor, requests.save(r));
    }

    public RequestDetails closeUnmatched(Actor actor, long id, String reason) {
        CoordinationRequest r = requests.require(id);
        r.closeUnmatched(actor, reason, Instant.now(clock));
        return queries.details(actor, requests.save(r));
    }

    public RequestDetails complete(Actor actor, long id) {
        CoordinationRequest r = requests.require(id);
        r.complete(actor, Instant.now(clock));
        return queries.details(actor, requests.save(r));
    }

    public RequestDetails withdraw(Actor actor, long id) {
        CoordinationRequest r = requests.require(id);
        r.withdraw(actor, Instant.now(clock));
        return queries.details(actor, requests.save(r));
    }

    /** Links the patient's record once the patient has consented (the requester reads them; the consent admits the desk). */
    public RequestDetails linkPatient(Actor actor, long id, long patientId) {
        CoordinationRequest r = requests.require(id);
        if (r.allowedActions(actor).contains(CoordinationAction.LINK_PATIENT)) {
            requireLinkable(actor, patientId, r.deskFacilityId());
        }
        r.linkPatient(actor, patientId);
        return queries.details(actor, requests.save(r));
    }

    /**
     * Invites the matched facility into the linked patient's team, in the place its need gives: the team's own rules
     * decide (who may invite, and the consent).
     */
    public void invite(Actor actor, long id) {
        CoordinationRequest r = requests.require(id);
        if (!r.allowedActions(actor).contains(CoordinationAction.INVITE) || r.matchedFacilityId() == null || r.patientId() == null) {
            throw new AccessRefusedException("coordination.not-your-request");
        }
        teams.addFacility(actor, r.patientId(), r.matchedFacilityId(), r.need().role());
    }
}
