package org.renkei.patient;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.DirectoryLookup;
import org.renkei.patient.internal.BreakGlassGrants;
import org.renkei.patient.internal.Consent;
import org.renkei.patient.internal.ConsentHead;
import org.renkei.patient.internal.ConsentScope;
import org.renkei.patient.internal.Consents;
import org.renkei.patient.internal.Patient;
import org.renkei.patient.internal.Patients;
import org.renkei.patient.internal.TeamMembership;
import org.renkei.patient.internal.TeamMemberships;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule for who may see a patient, used by every page, API call and subscription:
 * <ul>
 *   <li>a member on the care team (themselves, or their facility) whom the consent covers (not excluded from a
 *       一括同意; named, or their facility named, in a 個別同意) may read and write;</li>
 *   <li>after consent is withdrawn, only the managing facility may read, and nobody may write;</li>
 *   <li>a member who covers the patient's 主治医 now (代診: {@link CoverGrants}) and whom the consent covers may read,
 *       for the cover's period only;</li>
 *   <li>a member with open emergency (break-glass) access may read;</li>
 *   <li>nobody else, administrators included. A refusal is itself written to the access log.</li>
 * </ul>
 */
@Component
@Transactional(readOnly = true)
public class PatientAccess {

    private final Patients patients;
    private final TeamMemberships teams;
    private final Consents consents;
    private final BreakGlassGrants breakGlass;
    private final DirectoryLookup directory;
    private final AuditLog audit;
    private final ObjectProvider<CoverGrants> covers;
    private final Clock clock;

    PatientAccess(Patients patients, TeamMemberships teams, Consents consents, BreakGlassGrants breakGlass,
            DirectoryLookup directory, AuditLog audit, ObjectProvider<CoverGrants> covers, Clock clock) {
        this.patients = patients;
        this.teams = teams;
        this.consents = consents;
        this.breakGlass = breakGlass;
        this.directory = directory;
        this.audit = audit;
        this.covers = covers;
        this.clock = clock;
    }

    public Access access(Actor actor, long patientId) {
        Patient patient = patients.findById(patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
        return access(actor, patient);
    }

    Access access(Actor actor, Patient patient) {
        boolean managing = actor.worksAt(patient.managingFacilityId());
        if (patient.status() == PatientStatus.FROZEN) {
            return managing ? Access.FROZEN_READ : Access.NONE;
        }
        List<TeamMembership> places = teams.findPlaces(patient.id(), actor.memberId(), actor.facilityId());
        boolean onTeam = !places.isEmpty() || (actor.has(Role.API_CLIENT) && actor.facilityId() != null
                && teams.anyMemberPlace(patient.id(), directory.activeMemberIds(actor.facilityId())));
        if (onTeam && covers(patient.id(), actor.memberId(), actor.facilityId())) {
            return Access.TEAM;
        }
        if (coveredUntil(actor, patient.id()) != null && covers(patient.id(), actor.memberId(), actor.facilityId())) {
            return Access.COVER;
        }
        if (breakGlass.isOpen(actor.memberId(), patient.id(), Instant.now(clock))) {
            return Access.EMERGENCY;
        }
        return Access.NONE;
    }

    /** Whether the patient's consent in force lets information be shared with this member. */
    public boolean covers(long patientId, long memberId, @Nullable Long facilityId) {
        ConsentHead consent = consents.findCurrentHead(patientId).filter(c -> c.status() == Consent.Status.ACTIVE).orElse(null);
        if (consent == null) {
            return false;
        }
        return allows(consent.model(), consents.findScopes(consent.id()), memberId, facilityId);
    }

    /** Which of these patients' consents in force let information be shared with this member (one query each kind). */
    public Set<Long> coveredAmong(Collection<Long> patientIds, long memberId, @Nullable Long facilityId) {
        if (patientIds.isEmpty()) {
            return Set.of();
        }
        List<ConsentHead.Of> heads = consents.findCurrentHeads(patientIds).stream()
                .filter(c -> c.status() == Consent.Status.ACTIVE).toList();
        Map<Long, List<ConsentScope>> scopes = heads.isEmpty() ? Map.of()
                : consents.findScopesOf(heads.stream().map(ConsentHead.Of::id).toList()).stream()
                        .collect(Collectors.groupingBy(ConsentScope::consentId));
        Set<Long> out = new LinkedHashSet<>();
        for (ConsentHead.Of c : heads) {
            if (allows(c.model(), scopes.getOrDefault(c.id(), List.of()), memberId, facilityId)) {
                out.add(c.patientId());
            }
        }
        return out;
    }

    private static boolean allows(ConsentModel model, List<ConsentScope> scope, long memberId, @Nullable Long facilityId) {
        return switch (model) {
            case BLANKET -> scope.stream().noneMatch(s -> s.facilityId() != null && s.facilityId().equals(facilityId));
            case INDIVIDUAL -> scope.stream().anyMatch(s -> (s.memberId() != null && s.memberId() == memberId)
                    || (s.facilityId() != null && s.facilityId().equals(facilityId)));
        };
    }

    /** The patient if the member may read it; otherwise the refusal is logged and thrown. */
    @Transactional
    public Patient requireRead(Actor actor, long patientId) {
        return require(actor, patientId, false);
    }

    /** The patient if the member may change it (on the team, consent in force). */
    @Transactional
    public Patient requireWrite(Actor actor, long patientId) {
        return require(actor, patientId, true);
    }

    private Patient require(Actor actor, long patientId, boolean write) {
        Patient patient = patients.findById(patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
        Access access = access(actor, patient);
        if (write ? !access.mayWrite() : !access.mayRead()) {
            // the refusal names the patient by id only: the log must not show what the actor was refused
            audit.recordAlone(actor.memberId(), actor.name(), actor.associationId(), "patient.access-refused",
                    refusedTarget(patient), write ? "write" : "read");
            throw new AccessRefusedException(patient.status() == PatientStatus.FROZEN && write ? "patient.frozen"
                    : "patient.not-on-team");
        }
        return patient;
    }

    /** For other modules: the patient, if the member may read it (the refusal is logged and thrown otherwise). */
    @Transactional
    public PatientRef checkRead(Actor actor, long patientId) {
        return ref(require(actor, patientId, false));
    }

    /** For other modules: the patient, if the member may add to it (on the team, consent in force). */
    @Transactional
    public PatientRef checkWrite(Actor actor, long patientId) {
        return ref(require(actor, patientId, true));
    }

    /**
     * Until when the member may read the patient: null when not at all, {@link Instant#MAX} while something lasting
     * lets them (team, frozen record), the grant's end when break-glass does. Nothing is logged (for subscriptions).
     */
    public @Nullable Instant readableUntil(Actor actor, long patientId) {
        Patient patient = patients.findById(patientId).orElse(null);
        Access access = patient == null ? Access.NONE : access(actor, patient);
        if (!access.mayRead()) {
            return null;
        }
        return switch (access) {
            case EMERGENCY -> breakGlass.openUntil(actor.memberId(), patientId, Instant.now(clock)).orElse(Instant.now(clock));
            case COVER -> {
                Instant until = coveredUntil(actor, patientId);
                yield until == null ? Instant.now(clock) : until;
            }
            default -> Instant.MAX;
        };
    }

    private @Nullable Instant coveredUntil(Actor actor, long patientId) {
        CoverGrants grants = covers.getIfAvailable();
        return grants == null ? null : grants.coveredUntil(actor, patientId, Instant.now(clock));
    }

    /** Whether the member may read the patient now; nothing is logged (for filtering deliveries). */
    public boolean mayRead(Actor actor, long patientId) {
        return patients.findById(patientId).map(p -> access(actor, p).mayRead()).orElse(false);
    }

    /**
     * A patient by id, without any check: for modules that have decided access by their own rule (the
     * recipients of a handoff see the patient it is about).
     */
    public PatientRef ref(long patientId) {
        return ref(patients.findById(patientId).orElseThrow(() -> new NotFoundException("patient", patientId)));
    }

    /**
     * Who a patient is, without any check: for a document that a module has already decided the reader may
     * have (a handoff's sheet, for its recipients).
     */
    public PatientDemographics demographics(long patientId) {
        Patient p = patients.findById(patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
        return new PatientDemographics(p.id(), p.name(), p.nameKana(), p.birthDate(), p.sex(), p.postalCode(), p.address(),
                p.phone(), p.insurance());
    }

    /** The names of patients, for lists of things about them that the reader may already see. */
    public Map<Long, String> names(Collection<Long> patientIds) {
        return patients.findAllById(patientIds).stream().collect(Collectors.toMap(Patient::id, Patient::name));
    }

    private static PatientRef ref(Patient p) {
        return new PatientRef(p.id(), p.name(), p.associationId(), p.managingFacilityId(), p.status());
    }

    /** Whether the member may manage the team: the managing facility's members and the 主治医. */
    public boolean managesTeam(Actor actor, Patient patient) {
        if (actor.worksAt(patient.managingFacilityId())) {
            return true;
        }
        return teams.findPlaces(patient.id(), actor.memberId(), actor.facilityId()).stream()
                .anyMatch(t -> t.role() == TeamRole.PRIMARY_PHYSICIAN);
    }

    /** Every member on the team now, those of team facilities included (for notices and message rooms). */
    public Set<Long> teamMemberIds(long patientId) {
        Set<Long> ids = new LinkedHashSet<>();
        for (TeamMembership t : teams.findActive(patientId)) {
            if (t.memberId() != null) {
                ids.add(t.memberId());
            } else if (t.facilityId() != null) {
                ids.addAll(directory.activeMemberIds(t.facilityId()));
            }
        }
        return ids;
    }

    /** Every member on each of these patients' teams now, those of team facilities included (two queries in all). */
    public Map<Long, Set<Long>> teamMemberIds(Collection<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        List<TeamMembership> places = teams.findActiveOf(patientIds);
        Map<Long, List<Long>> staff = new java.util.HashMap<>();
        places.stream().map(TeamMembership::facilityId).filter(java.util.Objects::nonNull).distinct()
                .forEach(f -> staff.put(f, directory.activeMemberIds(f)));
        Map<Long, Set<Long>> out = new java.util.HashMap<>();
        for (TeamMembership t : places) {
            Set<Long> ids = out.computeIfAbsent(t.patientId(), k -> new LinkedHashSet<>());
            if (t.memberId() != null) {
                ids.add(t.memberId());
            } else if (t.facilityId() != null) {
                ids.addAll(staff.getOrDefault(t.facilityId(), List.of()));
            }
        }
        return out;
    }

    /** The patients on whose team this facility, or one of its active members, has a place now. */
    public Set<Long> patientsOfFacility(long facilityId) {
        List<Long> members = directory.activeMemberIds(facilityId);
        return new LinkedHashSet<>(teams.findPatientIdsOf(facilityId, members.isEmpty() ? List.of(-1L) : members));
    }

    /** A patient as a refusal names them: by id, without anything the refused actor may not read. */
    static AuditTarget refusedTarget(Patient p) {
        return new AuditTarget("patient", p.id(), "ID " + p.id(), p.associationId(), p.id());
    }

    static AuditTarget target(Patient p) {
        return new AuditTarget("patient", p.id(), p.name() + " (ID " + p.id() + ")", p.associationId(), p.id());
    }
}
