package org.renkei.patient;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renkei.audit.AuditLog;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.MemberStatus;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.internal.CareTeam;
import org.renkei.patient.internal.Patient;
import org.renkei.patient.internal.Patients;
import org.renkei.patient.internal.TeamMembership;
import org.renkei.patient.internal.TeamMemberships;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care team (チーム): who is on it and in what role. The managing facility's members and the 主治医
 * invite members or whole facilities (only those the consent covers), change roles and remove places;
 * anyone may leave. The {@link CareTeam} decides; its places' {@link PatientEvent}s are logged and told to the team
 * by the module's listeners. Handing the patient to another facility is {@link TransferService}.
 */
@Service
@Transactional
public class CareTeamService {

    private final TeamMemberships teams;
    private final Patients patients;
    private final PatientAccess access;
    private final DirectoryLookup directory;
    private final AuditLog audit;
    private final Clock clock;

    CareTeamService(TeamMemberships teams, Patients patients, PatientAccess access, DirectoryLookup directory,
            AuditLog audit, Clock clock) {
        this.teams = teams;
        this.patients = patients;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
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
        TeamMembership place = teams.save(team(patient).invite(actor, memberId, member.name(), role, Instant.now(clock)));
        teams.save(place.joined(actor, PatientEvent.Via.INVITATION));
        return entry(patientId, place);
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
        TeamMembership place = teams.save(team(patient).addFacility(actor, facilityId, role, Instant.now(clock)));
        teams.save(place.joined(actor, PatientEvent.Via.INVITATION));
        return entry(patientId, place);
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
        CareTeam team = team(patient);
        if (team.hasFacility(facilityId)) {
            return;
        }
        TeamMembership place = teams.save(team.addFacility(actor, facilityId, role, Instant.now(clock)));
        teams.save(place.joined(actor, PatientEvent.Via.HANDOFF));
    }

    /** Removes a place from the team (the managing facility or the 主治医), or leaves it (one's own place). */
    public void remove(Actor actor, long patientId, long entryId) {
        Patient patient = access.requireWrite(actor, patientId);
        teams.save(team(patient).remove(actor, entryId, access.managesTeam(actor, patient), Instant.now(clock)));
    }

    public void changeRole(Actor actor, long patientId, long entryId, TeamRole role) {
        Patient patient = managed(actor, patientId);
        TeamMembership place = team(patient).place(entryId);
        place.changeRole(actor, role);
        teams.save(place);
    }

    private CareTeam team(Patient patient) {
        return CareTeam.of(patient, teams.findActive(patient.id()));
    }

    private TeamEntry entry(long patientId, TeamMembership place) {
        return entries(patientId).stream().filter(e -> e.id() == place.id()).findFirst().orElseThrow();
    }

    private Patient managed(Actor actor, long patientId) {
        Patient patient = access.requireWrite(actor, patientId);
        if (!access.managesTeam(actor, patient)) {
            throw new AccessRefusedException("team.manage-refused");
        }
        return patient;
    }
}
