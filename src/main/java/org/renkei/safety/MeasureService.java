package org.renkei.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.Access;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PatientRef;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.safety.internal.VisitMeasure;
import org.renkei.safety.internal.VisitMeasures;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 訪問時の対策 on a patient: read by whoever may read the patient, set and changed by an administrator of a facility on
 * the team or by the 主治医, confirmed by each member of the team; the facility's administrators see who has not.
 */
@Service
@Transactional
public class MeasureService {

    private final VisitMeasures measures;
    private final PatientAccess patients;
    private final PrimaryPhysicians primaries;
    private final DirectoryLookup directory;
    private final AuditLog audit;
    private final Clock clock;

    MeasureService(VisitMeasures measures, PatientAccess patients, PrimaryPhysicians primaries, DirectoryLookup directory,
            AuditLog audit, Clock clock) {
        this.measures = measures;
        this.patients = patients;
        this.primaries = primaries;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * For the API and other readers: the patient's measures, the read logged (a refusal too). The team reads them, and a
     * doctor covering the 主治医 tonight, who may be the one to visit; nobody else who may open the record (break-glass).
     */
    public MeasuresPage measures(Actor actor, long patientId) {
        PatientRef p = patients.checkRead(actor, patientId);
        requireTeamOrCover(actor, patientId);
        audit.record(actor, "safety.measures-viewed", new org.renkei.audit.AuditTarget("patient", p.id(), p.name() + " (ID " + p.id() + ")",
                p.associationId(), p.id()), null);
        return page(actor, patientId);
    }

    /** For the patient page, whose own read is already logged by the patient module. */
    @Transactional(readOnly = true)
    public MeasuresPage onPatientPage(Actor actor, long patientId) {
        requireTeamOrCover(actor, patientId);
        return page(actor, patientId);
    }

    private void requireTeamOrCover(Actor actor, long patientId) {
        Access access = patients.access(actor, patientId);
        if (access != Access.TEAM && access != Access.COVER) {
            throw new AccessRefusedException("patient.not-on-team");
        }
    }

    private MeasuresPage page(Actor actor, long patientId) {
        VisitMeasure.Standing standing = standing(actor, patientId);
        List<VisitMeasure> list = measures.findActive(patientId);
        Set<Long> team = standing.mayManage() ? patients.teamMemberIds(patientId) : Set.of();
        Map<Long, MemberSummary> who = team.isEmpty() ? Map.of() : directory.members(team);
        LocalDate today = today();
        List<MeasureInfo> out = list.stream().map(m -> new MeasureInfo(m.id(), m.kind(), m.note(), m.reviewOn(),
                m.reviewOn() != null && !m.reviewOn().isAfter(today), m.setByName(), m.setAt(), m.revision(), m.confirmedBy(actor.memberId()),
                team.stream().filter(id -> !m.confirmedBy(id)).map(id -> who.containsKey(id) ? who.get(id).name() : "?").sorted().toList()))
                .toList();
        int pending = standing.onTeam() ? (int) list.stream().filter(m -> !m.confirmedBy(actor.memberId())).count() : 0;
        return new MeasuresPage(patientId, out, standing.mayManage(), standing.onTeam(), pending);
    }

    /** On the team (may write), and an administrator of a facility or the 主治医 to manage the measures. */
    private VisitMeasure.Standing standing(Actor actor, long patientId) {
        boolean onTeam = patients.access(actor, patientId) == Access.TEAM && !actor.has(Role.API_CLIENT);
        if (!onTeam) {
            return new VisitMeasure.Standing(false, false);
        }
        PrimaryPhysicians.Primary primary = primaries.primaryOf(patientId);
        boolean doctor = primary != null && primary.memberId() != null && primary.memberId() == actor.memberId();
        return new VisitMeasure.Standing(true, doctor || actor.has(Role.FACILITY_ADMIN));
    }

    public MeasuresPage set(Actor actor, long patientId, MeasureKind kind, @Nullable String note, @Nullable LocalDate reviewOn) {
        patients.checkWrite(actor, patientId);
        VisitMeasure.Standing standing = standing(actor, patientId);
        if (standing.mayManage() && kind != MeasureKind.OTHER && measures.findActive(patientId).stream().anyMatch(m -> m.kind() == kind)) {
            throw new ConflictException("safety.measure-exists");
        }
        VisitMeasure m = measures.save(VisitMeasure.set(actor, standing, patientId, kind, note, reviewOn, today(), Instant.now(clock)));
        measures.save(m.created(actor));
        return page(actor, patientId);
    }

    public MeasuresPage change(Actor actor, long measureId, @Nullable String note, @Nullable LocalDate reviewOn) {
        VisitMeasure m = measures.require(measureId);
        measures.save(m.change(actor, standing(actor, m.patientId()), note, reviewOn, today(), Instant.now(clock)));
        return page(actor, m.patientId());
    }

    public MeasuresPage remove(Actor actor, long measureId) {
        VisitMeasure m = measures.require(measureId);
        measures.save(m.remove(actor, standing(actor, m.patientId()), Instant.now(clock)));
        return page(actor, m.patientId());
    }

    /** 確認しました of every measure of the patient the member has not confirmed yet. */
    public MeasuresPage confirmAll(Actor actor, long patientId) {
        VisitMeasure.Standing standing = standing(actor, patientId);
        Instant now = Instant.now(clock);
        List<VisitMeasure> open = measures.findActive(patientId).stream().filter(m -> !m.confirmedBy(actor.memberId())).toList();
        if (open.isEmpty() && standing.onTeam()) {
            throw new ConflictException("safety.measure-confirmed");
        }
        if (!standing.onTeam()) {
            throw new AccessRefusedException("patient.not-on-team");
        }
        open.forEach(m -> measures.save(m.confirm(actor, standing, now)));
        return page(actor, patientId);
    }

    /** How many measures on each of these patients the member has not confirmed (for "my patients"; one query). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> pendingFor(Actor actor, Collection<Long> patientIds) {
        Map<Long, Integer> out = new HashMap<>();
        if (patientIds.isEmpty()) {
            return out;
        }
        for (VisitMeasure m : measures.findActive(patientIds)) {
            if (!m.confirmedBy(actor.memberId())) {
                out.merge(m.patientId(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** For a facility's administrator: the facility's members who have not confirmed a measure on a patient they care for. */
    @Transactional(readOnly = true)
    public List<Unconfirmed> unconfirmed(Actor actor) {
        if (!seesUnconfirmed(actor)) {
            throw new AccessRefusedException("safety.not-facility-admin");
        }
        long facility = java.util.Objects.requireNonNull(actor.facilityId());
        Set<Long> staff = Set.copyOf(directory.activeMemberIds(facility));
        Set<Long> patientIds = patients.patientsOfFacility(facility);
        List<VisitMeasure> active = patientIds.isEmpty() ? List.of() : measures.findActive(patientIds);
        if (active.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> teams = patients.teamMemberIds(active.stream().map(VisitMeasure::patientId).distinct().toList());
        Map<Long, MemberSummary> who = directory.members(staff);
        Map<Long, String> names = patients.names(teams.keySet());
        Set<Long> readable = patients.coveredAmong(teams.keySet(), actor.memberId(), actor.facilityId());
        List<Unconfirmed> out = new ArrayList<>();
        for (VisitMeasure m : active) {
            for (long member : teams.getOrDefault(m.patientId(), Set.of())) {
                if (staff.contains(member) && !m.confirmedBy(member)) {
                    // the patient's name only when the consent shares the patient with the administrator's facility
                    out.add(new Unconfirmed(member, who.containsKey(member) ? who.get(member).name() : "?", m.patientId(),
                            readable.contains(m.patientId()) ? names.get(m.patientId()) : null, m.kind(), m.setAt()));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Unconfirmed::memberName).thenComparing(Unconfirmed::setAt));
        return out;
    }

    /** Whether the member sees who of their facility has not confirmed: its administrators. */
    public boolean seesUnconfirmed(Actor actor) {
        Long facility = actor.facilityId();
        return facility != null && actor.administersFacility(facility);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
    }
}
