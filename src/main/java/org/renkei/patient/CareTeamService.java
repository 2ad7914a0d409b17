package org.renkei.patient;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.MemberStatus;
import org.renkei.directory.MemberSummary;
import org.renkei.notification.NoticeRequest;
import org.renkei.patient.internal.Patient;
import org.renkei.patient.internal.TeamMembership;
import org.renkei.patient.internal.TeamMemberships;
import org.renkei.patient.internal.Transfer;
import org.renkei.patient.internal.Transfers;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care team (チーム): who is on it and in what role. The managing facility's members and the 主治医
 * invite members or whole facilities (only those the consent covers), change roles and remove places;
 * anyone may leave. The managing facility can hand the patient to another facility, which accepts or
 * declines. Every change is logged and the team is told.
 */
@Service
@Transactional
public class CareTeamService {

    /** A request to take over a patient, as the receiving facility sees it. */
    public record TransferRequest(long id, long patientId, String patientName, String fromFacility, String requestedBy,
            Instant requestedAt, @Nullable String note) {}

    private final TeamMemberships teams;
    private final Transfers transfers;
    private final PatientAccess access;
    private final DirectoryLookup directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final org.renkei.patient.internal.Patients patients;
    private final Clock clock;

    CareTeamService(TeamMemberships teams, Transfers transfers, PatientAccess access, DirectoryLookup directory,
            AuditLog audit, ApplicationEventPublisher events, org.renkei.patient.internal.Patients patients, Clock clock) {
        this.teams = teams;
        this.transfers = transfers;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.patients = patients;
        this.clock = clock;
    }

    /** The team as the patient page lists it. Logged. */
    public List<TeamEntry> team(Actor actor, long patientId) {
        Patient patient = access.requireRead(actor, patientId);
        audit.record(actor, "patient.team-viewed", PatientAccess.target(patient), null);
        return entries(patientId);
    }

    private List<TeamEntry> entries(long patientId) {
        List<TeamMembership> places = teams.findActive(patientId);
        Set<Long> memberIds = new HashSet<>();
        places.forEach(t -> {
            if (t.memberId() != null) {
                memberIds.add(t.memberId());
            }
            memberIds.add(t.addedBy());
        });
        Map<Long, MemberSummary> members = directory.members(memberIds);
        Set<Long> facilityIds = new HashSet<>();
        places.forEach(t -> {
            if (t.facilityId() != null) {
                facilityIds.add(t.facilityId());
            }
        });
        members.values().forEach(m -> {
            if (m.facilityId() != null) {
                facilityIds.add(m.facilityId());
            }
        });
        Map<Long, FacilityRef> facilities = directory.facilities(facilityIds);
        List<TeamEntry> entries = new ArrayList<>();
        for (TeamMembership t : places) {
            MemberSummary m = t.memberId() == null ? null : members.get(t.memberId());
            Long facilityId = t.facilityId() != null ? t.facilityId() : m == null ? null : m.facilityId();
            FacilityRef f = facilityId == null ? null : facilities.get(facilityId);
            MemberSummary by = members.get(t.addedBy());
            entries.add(new TeamEntry(t.id(), t.memberId(), m == null ? null : m.name(), m == null ? null : m.profession(),
                    facilityId, f == null ? "" : f.name(), f == null ? null : f.type(), t.role(), t.addedAt(),
                    by == null ? "" : by.name()));
        }
        return entries;
    }

    /** Invites a member in a role. The member must be active and covered by the patient's consent. */
    public TeamEntry addMember(Actor actor, long patientId, long memberId, TeamRole role) {
        Patient patient = managed(actor, patientId);
        MemberSummary member = directory.members(List.of(memberId)).get(memberId);
        if (member == null || member.status() != MemberStatus.ACTIVE) {
            throw new InvalidInputException("member", "team.member-inactive");
        }
        if (!access.covers(patientId, memberId, member.facilityId())) {
            throw new ConflictException("team.not-covered-by-consent", member.name());
        }
        if (teams.findActive(patientId).stream().anyMatch(t -> Objects.equals(t.memberId(), memberId) && t.role() == role)) {
            throw new ConflictException("team.already", member.name());
        }
        TeamMembership place = teams.save(TeamMembership.ofMember(patientId, memberId, role, actor.memberId(), Instant.now(clock)));
        patient.touch(actor.name(), Instant.now(clock));
        events.publishEvent(new TeamChanged(patient.id()));
        audit.record(actor, "patient.team-member-added", PatientAccess.target(patient), member.name() + " / " + role);
        notifyTeam(patient, actor, "notice.team-joined", member.name());
        events.publishEvent(NoticeRequest.of(List.of(memberId), "patient.team-joined", "notice.you-joined",
                "patients/" + patientId, patient.name(), actor.name()));
        return entries(patientId).stream().filter(e -> e.id() == place.id()).findFirst().orElseThrow();
    }

    /** Invites a whole facility: all its active members join the team. It must be covered by the consent. */
    public TeamEntry addFacility(Actor actor, long patientId, long facilityId, TeamRole role) {
        Patient patient = managed(actor, patientId);
        FacilityRef facility = directory.facility(facilityId);
        if (facility.status() != FacilityStatus.ACTIVE) {
            throw new InvalidInputException("facility", "team.facility-inactive");
        }
        if (!facility.type().joinsCareTeams()) {
            throw new InvalidInputException("facility", "team.association-office", facility.name());
        }
        if (!access.covers(patientId, -1, facilityId)) {
            throw new ConflictException("team.not-covered-by-consent", facility.name());
        }
        TeamMembership place = teams.save(TeamMembership.ofFacility(patientId, facilityId, role, actor.memberId(), Instant.now(clock)));
        patient.touch(actor.name(), Instant.now(clock));
        events.publishEvent(new TeamChanged(patient.id()));
        audit.record(actor, "patient.team-facility-added", PatientAccess.target(patient), facility.name() + " / " + role);
        notifyTeam(patient, actor, "notice.team-joined", facility.name());
        return entries(patientId).stream().filter(e -> e.id() == place.id()).findFirst().orElseThrow();
    }

    /**
     * A facility that accepted a handoff for the patient joins the team in the handoff's role (unless it is
     * on the team already). The acceptance is the authority here; the consent must still cover the facility.
     */
    public void joinFromHandoff(Actor actor, long patientId, long facilityId, TeamRole role) {
        Patient patient = patients.findById(patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
        patient.requireShared();
        if (!access.covers(patientId, -1, facilityId)) {
            throw new ConflictException("team.not-covered-by-consent", directory.facility(facilityId).name());
        }
        boolean there = teams.findActive(patientId).stream().anyMatch(t -> Objects.equals(t.facilityId(), facilityId));
        if (there) {
            return;
        }
        teams.save(TeamMembership.ofFacility(patientId, facilityId, role, actor.memberId(), Instant.now(clock)));
        patient.touch(actor.name(), Instant.now(clock));
        events.publishEvent(new TeamChanged(patient.id()));
        audit.record(actor, "patient.team-facility-added", PatientAccess.target(patient),
                directory.facility(facilityId).name() + " / " + role + " (handoff)");
    }

    /** Removes a place from the team (the managing facility or the 主治医), or leaves it (one's own place). */
    public void remove(Actor actor, long patientId, long entryId) {
        Patient patient = access.requireWrite(actor, patientId);
        TeamMembership place = teams.findById(entryId).filter(t -> t.patientId() == patientId && t.active())
                .orElseThrow(() -> new NotFoundException("team entry", entryId));
        boolean own = Objects.equals(place.memberId(), actor.memberId());
        if (!own && !access.managesTeam(actor, patient)) {
            throw new AccessRefusedException("team.manage-refused");
        }
        place.remove(actor.memberId(), Instant.now(clock));
        patient.touch(actor.name(), Instant.now(clock));
        String who = place.memberId() != null
                ? directory.members(List.of(place.memberId())).values().stream().findFirst().map(MemberSummary::name).orElse("?")
                : directory.facility(Objects.requireNonNull(place.facilityId())).name();
        events.publishEvent(new TeamChanged(patient.id()));
        audit.record(actor, own ? "patient.team-left" : "patient.team-member-removed", PatientAccess.target(patient),
                who + " / " + place.role());
        notifyTeam(patient, actor, "notice.team-left", who);
    }

    public void changeRole(Actor actor, long patientId, long entryId, TeamRole role) {
        Patient patient = managed(actor, patientId);
        TeamMembership place = teams.findById(entryId).filter(t -> t.patientId() == patientId && t.active())
                .orElseThrow(() -> new NotFoundException("team entry", entryId));
        TeamRole before = place.role();
        place.changeRole(role);
        audit.record(actor, "patient.team-role-changed", PatientAccess.target(patient), before + " → " + role);
    }

    /**
     * Asks another facility to become the managing facility. The requester confirms that the patient
     * agreed; the receiving facility decides.
     */
    public void requestTransfer(Actor actor, long patientId, long toFacilityId, boolean consentConfirmed, @Nullable String note) {
        Patient patient = access.requireWrite(actor, patientId);
        if (!actor.worksAt(patient.managingFacilityId())) {
            throw new AccessRefusedException("transfer.only-managing-facility");
        }
        if (!consentConfirmed) {
            throw new InvalidInputException("consentConfirmed", "transfer.consent-required");
        }
        if (toFacilityId == patient.managingFacilityId()) {
            throw new InvalidInputException("facility", "transfer.same-facility");
        }
        FacilityRef to = directory.facility(toFacilityId);
        if (to.status() != FacilityStatus.ACTIVE || !access.covers(patientId, -1, toFacilityId)) {
            throw new ConflictException("team.not-covered-by-consent", to.name());
        }
        if (transfers.findFirstByPatientIdAndStatus(patientId, Transfer.Status.REQUESTED).isPresent()) {
            throw new ConflictException("transfer.pending");
        }
        transfers.save(new Transfer(patientId, patient.managingFacilityId(), toFacilityId, actor.memberId(), true,
                PatientService.blank(note), Instant.now(clock)));
        audit.record(actor, "patient.transfer-requested", PatientAccess.target(patient), "→ " + to.name());
        events.publishEvent(NoticeRequest.of(directory.activeMemberIds(toFacilityId), "patient.transfer-requested",
                "notice.transfer-requested", "patients/transfers", to.name()).withMail());
    }

    /** Requests addressed to the member's facility. */
    @Transactional(readOnly = true)
    public List<TransferRequest> incomingTransfers(Actor actor) {
        if (actor.facilityId() == null) {
            return List.of();
        }
        List<Transfer> pending = transfers.findByToFacilityIdAndStatusOrderByRequestedAtDesc(actor.facilityId(),
                Transfer.Status.REQUESTED);
        Map<Long, FacilityRef> from = directory.facilities(pending.stream().map(Transfer::fromFacilityId).toList());
        Map<Long, MemberSummary> by = directory.members(pending.stream().map(Transfer::requestedBy).toList());
        return pending.stream().map(t -> new TransferRequest(t.id(), t.patientId(),
                patients.findById(t.patientId()).map(Patient::name).orElse("?"),
                from.get(t.fromFacilityId()).name(), by.containsKey(t.requestedBy()) ? by.get(t.requestedBy()).name() : "?",
                t.requestedAt(), t.note())).toList();
    }

    /**
     * The receiving facility (its administrator) accepts or declines. Accepting makes it the managing
     * facility and puts it on the team.
     */
    public void decideTransfer(Actor actor, long transferId, boolean accept, @Nullable String note) {
        Transfer transfer = transfers.findById(transferId).orElseThrow(() -> new NotFoundException("transfer", transferId));
        if (!actor.worksAt(transfer.toFacilityId()) || !actor.has(Role.FACILITY_ADMIN)) {
            throw new AccessRefusedException("transfer.only-receiver");
        }
        Patient patient = patients.findById(transfer.patientId()).orElseThrow();
        Instant now = Instant.now(clock);
        transfer.decide(accept, actor.memberId(), PatientService.blank(note), now);
        if (accept) {
            FacilityRef to = directory.facility(transfer.toFacilityId());
            patient.transferTo(to.id(), to.associationId(), actor.name(), now);
            boolean onTeam = teams.findActive(patient.id()).stream()
                    .anyMatch(t -> Objects.equals(t.facilityId(), to.id()) || Objects.equals(t.memberId(), actor.memberId()));
            if (!onTeam) {
                teams.save(TeamMembership.ofMember(patient.id(), actor.memberId(), TeamRole.SUPPORT_DESK, actor.memberId(), now));
            }
        }
        events.publishEvent(new TeamChanged(patient.id()));
        audit.record(actor, accept ? "patient.transfer-accepted" : "patient.transfer-declined", PatientAccess.target(patient),
                PatientService.blank(note));
        events.publishEvent(NoticeRequest.of(directory.activeMemberIds(transfer.fromFacilityId()), "patient.transfer-decided",
                accept ? "notice.transfer-accepted" : "notice.transfer-declined", "patients/" + patient.id(),
                patient.name(), actor.name()));
    }

    private Patient managed(Actor actor, long patientId) {
        Patient patient = access.requireWrite(actor, patientId);
        if (!access.managesTeam(actor, patient)) {
            throw new AccessRefusedException("team.manage-refused");
        }
        return patient;
    }

    private void notifyTeam(Patient patient, Actor actor, String key, String who) {
        Set<Long> team = access.teamMemberIds(patient.id());
        team.remove(actor.memberId());
        events.publishEvent(NoticeRequest.of(team, "patient.team-changed", key, "patients/" + patient.id(), patient.name(), who,
                actor.name()));
    }
}
