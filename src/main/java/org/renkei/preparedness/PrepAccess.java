package org.renkei.preparedness;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberStatus;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.Access;
import org.renkei.patient.CoveredPatient;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PatientRef;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.InvalidInputException;
import org.renkei.preparedness.internal.DisasterPlan;
import org.renkei.security.Actor;
import org.springframework.stereotype.Component;

/**
 * Who stands where towards a plan, one rule for the pages and the API: the patient's team (with the right to write,
 * consent applied), the plan's desk (the 区: its members, or its program, while the patient's consent admits it), the
 * patient's 主治医. A suspended member, or a member of a suspended facility, stands nowhere. Not transactional itself: a
 * district without a desk is an answer its callers may catch, not a failure of their transaction.
 */
@Component
public class PrepAccess {

    private final PatientAccess patients;
    private final PrimaryPhysicians primaries;
    private final DirectoryLookup directory;

    PrepAccess(PatientAccess patients, PrimaryPhysicians primaries, DirectoryLookup directory) {
        this.patients = patients;
        this.primaries = primaries;
        this.directory = directory;
    }

    /** The district's 区 desk: its active 在宅療養支援窓口 (the office never owns plans: it reads no clinical content). */
    public record Desk(long facilityId, long associationId, long districtId, String districtName) {}

    Desk deskOfDistrict(long districtId) {
        return directory.districtDesk(districtId)
                .map(f -> new Desk(f.id(), f.associationId(), districtId, String.valueOf(f.districtName())))
                .orElseThrow(() -> new InvalidInputException("district", "preparedness.no-desk"));
    }

    /** The desk of the district where the patient's managing facility is. */
    Desk deskOfPatient(long managingFacilityId) {
        FacilityContact f = directory.contacts(List.of(managingFacilityId)).get(managingFacilityId);
        if (f == null || f.districtId() == null) {
            throw new InvalidInputException("district", "preparedness.no-desk");
        }
        return deskOfDistrict(f.districtId());
    }

    /** The desk the actor works at, if their facility is a district's desk; null otherwise. */
    @Nullable Desk deskOf(Actor actor) {
        if (actor.facilityId() == null || !active(actor)) {
            return null;
        }
        FacilityContact f = directory.contacts(List.of(actor.facilityId())).get(actor.facilityId());
        if (f == null || f.type() != FacilityType.MUNICIPAL_SUPPORT_DESK || f.districtId() == null) {
            return null;
        }
        try {
            Desk d = deskOfDistrict(f.districtId());
            return d.facilityId() == f.id() ? d : null;
        } catch (InvalidInputException none) {
            return null;
        }
    }

    /** Whether the member (or program) may act now: active, of an active facility. */
    boolean active(Actor actor) {
        MemberSummary m = directory.members(List.of(actor.memberId())).get(actor.memberId());
        if (m == null || (m.status() != MemberStatus.ACTIVE && m.status() != MemberStatus.SYSTEM)) {
            return false;
        }
        return actor.facilityId() == null || directory.facility(actor.facilityId()).status() == FacilityStatus.ACTIVE;
    }

    DisasterPlan.Standing standing(Actor actor, DisasterPlan plan) {
        return standing(actor, plan.patientId(), plan.deskFacilityId());
    }

    /** Where the actor stands towards a patient's plan owned (or to be owned) by this desk. */
    DisasterPlan.Standing standing(Actor actor, long patientId, long deskFacilityId) {
        if (!active(actor)) {
            return new DisasterPlan.Standing(false, false, false);
        }
        boolean team = patients.access(actor, patientId) == Access.TEAM;
        boolean desk = actor.worksAt(deskFacilityId) && patients.covers(patientId, actor.memberId(), actor.facilityId());
        PrimaryPhysicians.Primary primary = team ? primaries.primaryOf(patientId) : null;
        boolean isPrimary = primary != null && primary.memberId() != null && primary.memberId() == actor.memberId();
        return new DisasterPlan.Standing(team, desk, isPrimary);
    }

    /** The plan's standing, refused (and the refusal logged by the patient module's rule) when the actor has none. */
    DisasterPlan.Standing requireStanding(Actor actor, DisasterPlan plan) {
        DisasterPlan.Standing s = standing(actor, plan);
        if (!s.any()) {
            throw new AccessRefusedException("preparedness.not-your-plan");
        }
        return s;
    }

    /** Which of a desk's patients its member (or program) may see on the register: those whose consent admits the desk. */
    Set<Long> registerVisible(Actor actor, Collection<Long> patientIds) {
        return patients.coveredAmong(patientIds, actor.memberId(), actor.facilityId());
    }

    /** The patient, if the member may read them (the refusal is logged and thrown by the patient module otherwise). */
    PatientRef readable(Actor actor, long patientId) {
        return patients.checkRead(actor, patientId);
    }

    /** The patient with the current summary, without a check: for a caller that has decided. */
    CoveredPatient patient(long patientId) {
        return Objects.requireNonNull(primaries.find(patientId));
    }

    /** Who may be named a plan's checker: the active people of the desk and of the patient's team. */
    List<MemberSummary> checkerCandidates(DisasterPlan plan) {
        Set<Long> ids = new LinkedHashSet<>(directory.activeMemberIds(plan.deskFacilityId()));
        ids.addAll(patients.teamMemberIds(plan.patientId()));
        return directory.members(ids).values().stream().filter(m -> m.status() == MemberStatus.ACTIVE)
                .sorted(Comparator.comparing(MemberSummary::nameKana)).toList();
    }

    boolean mayCheck(DisasterPlan plan, long memberId) {
        MemberSummary m = directory.members(List.of(memberId)).get(memberId);
        return m != null && m.status() == MemberStatus.ACTIVE && m.facilityId() != null
                && (m.facilityId() == plan.deskFacilityId() || patients.teamMemberIds(plan.patientId()).contains(memberId));
    }
}
