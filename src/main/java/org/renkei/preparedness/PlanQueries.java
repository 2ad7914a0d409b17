package org.renkei.preparedness;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.renkei.audit.AuditLog;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.CoveredPatient;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientService;
import org.renkei.patient.PatientSummary;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.preparedness.internal.DisasterPlan;
import org.renkei.preparedness.internal.DisasterPlans;
import org.renkei.preparedness.internal.PlanVersionRow;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading plans: one plan whole (for its team, its desk and the 主治医), the 区's register (its desk only, the patients
 * whose consent admits it), and the plans of the member's own patients. Every read of a patient is logged.
 */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

    private final DisasterPlans plans;
    private final PrepAccess access;
    private final PatientService patients;
    private final PrimaryPhysicians primaries;
    private final DirectoryLookup directory;
    private final AuditLog audit;
    private final Clock clock;

    PlanQueries(DisasterPlans plans, PrepAccess access, PatientService patients, PrimaryPhysicians primaries, DirectoryLookup directory,
            AuditLog audit, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.patients = patients;
        this.primaries = primaries;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The patient's plan, if there is one and the member stands towards it; empty when there is none. */
    @Transactional
    public Optional<PlanDetails> forPatient(Actor actor, long patientId) {
        Optional<DisasterPlan> plan = plans.findByPatientId(patientId);
        if (plan.isEmpty()) {
            access.readable(actor, patientId);
            return Optional.empty();
        }
        return Optional.of(details(actor, plan.get()));
    }

    @Transactional
    public PlanDetails details(Actor actor, long planId) {
        return details(actor, plans.require(planId));
    }

    PlanDetails details(Actor actor, DisasterPlan plan) {
        DisasterPlan.Standing s = access.requireStanding(actor, plan);
        CoveredPatient p = access.patient(plan.patientId());
        audit.record(actor, "preparedness.plan-viewed", PrepAccessLog.target(p.id(), p.name(), plan.associationId()),
                "plan v" + plan.planVersion());
        return build(plan, p, s);
    }

    /** The plan as it stands, without a check or a log entry: for the caller that has just decided and logged. */
    PlanDetails build(DisasterPlan plan, CoveredPatient p, DisasterPlan.Standing s) {
        PatientSummary sum = p.summary();
        Map<Long, MemberSummary> people = directory.members(
                java.util.stream.Stream.of(p.primaryMemberId(), plan.checkerMemberId()).filter(Objects::nonNull).toList());
        MemberSummary primary = p.primaryMemberId() == null ? null : people.get(p.primaryMemberId());
        MemberSummary checker = plan.checkerMemberId() == null ? null : people.get(plan.checkerMemberId());
        PlanDetails.Medical medical = new PlanDetails.Medical(primary == null ? null : primary.name() + "（" + primary.facilityName() + "）",
                sum.problems().stream().filter(PatientSummary.Problem::active).map(PatientSummary.Problem::name).toList(),
                sum.medications().stream().map(m -> String.join(" ", java.util.stream.Stream.of(m.name(), m.dose(), m.usage())
                        .filter(v -> v != null && !v.isBlank()).toList())).toList(),
                sum.allergies().stream().map(a -> a.substance() + (a.reaction() == null ? "" : "（" + a.reaction() + "）")).toList(),
                sum.devices(), sum.deviceNotes(), sum.acp().resuscitation(), sum.careLevel(), sum.contacts());
        List<PlanDetails.GrantInfo> grants = plan.grants().stream().map(g -> new PlanDetails.GrantInfo(g.id(), g.item(), g.model(),
                g.serial(), g.grantedOn(), g.nextInspectionOn(), g.grantedBy())).toList();
        List<PlanDetails.ConfirmedVersion> versions = plan.versions().stream().sorted(Comparator.comparingInt(PlanVersionRow::planVersion).reversed())
                .map(v -> new PlanDetails.ConfirmedVersion(v.planVersion(), v.confirmedAt(), v.confirmedBy(), v.consentBy(),
                        v.medicalConfirmedBy(), v.summaryVersion())).toList();
        return new PlanDetails(plan.id(), p.id(), p.name(), p.nameKana(), p.birthDate(), Period.between(p.birthDate(), today()).getYears(),
                p.address(), p.phone(), plan.districtId(), districtName(plan.districtId()), plan.deskFacilityId(),
                directory.facility(plan.deskFacilityId()).name(), plan.planVersion(), plan.state(), plan.content(), medical,
                sum.deviceProfile(), p.summaryVersion(), plan.checkerMemberId(), checker == null ? null : checker.name(),
                plan.medicalConfirmedBy(), plan.medicalConfirmedAt(), plan.medicalSummaryVersion(), plan.consentBy(), plan.confirmedAt(),
                plan.reviewDue(), plan.reviewReason(), grants, versions, plan.allowedActions(s), plan.updatedAt(), plan.updatedBy());
    }

    private String districtName(long districtId) {
        try {
            return access.deskOfDistrict(districtId).districtName();
        } catch (RuntimeException noDeskNow) {
            return "";
        }
    }

    /**
     * 名簿: the register of the actor's desk (a member or the program of a district's 在宅療養支援窓口): the patients whose
     * consent admits the desk, and nobody else. Refused to anyone who is not a desk.
     */
    @Transactional
    public List<RegisterRow> register(Actor actor) {
        PrepAccess.Desk desk = access.deskOf(actor);
        if (desk == null) {
            throw new AccessRefusedException("preparedness.not-a-desk");
        }
        List<DisasterPlan> list = plans.findForDesk(desk.facilityId());
        Set<Long> visible = access.registerVisible(actor, list.stream().map(DisasterPlan::patientId).toList());
        List<RegisterRow> rows = rows(list.stream().filter(p -> visible.contains(p.patientId())).toList());
        if (!rows.isEmpty()) {
            audit.recordAll(actor, "preparedness.register-viewed", rows.stream()
                    .map(r -> PrepAccessLog.target(r.patientId(), r.name(), desk.associationId())).toList(), desk.districtName());
        }
        return rows;
    }

    /** What waits for a desk: plans to review, and grants due for inspection within 30 days (counts, no names: not logged). */
    public record DeskDue(int reviews, int inspections) {}

    public DeskDue deskDue(Actor actor) {
        PrepAccess.Desk desk = access.deskOf(actor);
        if (desk == null) {
            return new DeskDue(0, 0);
        }
        List<DisasterPlan> list = plans.findForDesk(desk.facilityId());
        LocalDate soon = today().plusDays(30);
        int reviews = (int) list.stream().filter(p -> p.state() == PlanState.NEEDS_REVIEW).count();
        int inspections = (int) list.stream().flatMap(p -> p.grants().stream())
                .filter(g -> g.nextInspectionOn() != null && !g.nextInspectionOn().isAfter(soon)).count();
        return new DeskDue(reviews, inspections);
    }

    /** Whether the actor keeps a register (a district's desk); nothing is read or logged. */
    public boolean keepsRegister(Actor actor) {
        return access.deskOf(actor) != null;
    }

    /** The plans of the member's own patients (on their teams), for the team's overview; logged as the register is. */
    @Transactional
    public List<RegisterRow> mine(Actor actor) {
        List<Long> ids = patients.myPatients(actor, null, 0, 500).stream().map(PatientCard::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<DisasterPlan> list = plans.findByPatients(ids).stream().filter(p -> access.standing(actor, p).any()).toList();
        List<RegisterRow> rows = rows(list);
        if (!rows.isEmpty()) {
            audit.recordAll(actor, "preparedness.plans-viewed", rows.stream()
                    .map(r -> PrepAccessLog.target(r.patientId(), r.name(), actor.associationId())).toList(), null);
        }
        return rows;
    }

    private List<RegisterRow> rows(List<DisasterPlan> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, CoveredPatient> covered = primaries.find(list.stream().map(DisasterPlan::patientId).toList());
        Map<Long, MemberSummary> checkers = directory.members(list.stream().map(DisasterPlan::checkerMemberId)
                .filter(Objects::nonNull).distinct().toList());
        LocalDate today = today();
        List<RegisterRow> rows = new ArrayList<>();
        for (DisasterPlan plan : list) {
            CoveredPatient p = covered.get(plan.patientId());
            if (p == null) {
                continue;
            }
            MemberSummary c = plan.checkerMemberId() == null ? null : checkers.get(plan.checkerMemberId());
            rows.add(new RegisterRow(plan.id(), p.id(), p.name(), p.nameKana(), Period.between(p.birthDate(), today).getYears(), p.address(),
                    p.phone(), kinds(p.summary()), p.summary().deviceProfile().batteryRuntimeMinutes(), plan.state(), plan.reviewDue(),
                    plan.checkerMemberId(), c == null ? null : c.name(), plan.grants().size()));
        }
        rows.sort(Comparator.comparing(RegisterRow::nameKana));
        return rows;
    }

    /** The powered devices: the profile's, or, where none is recorded yet, those the summary ticks. */
    static List<PatientSummary.PoweredKind> kinds(PatientSummary s) {
        Set<PatientSummary.PoweredKind> kinds = new LinkedHashSet<>();
        s.deviceProfile().devices().forEach(d -> kinds.add(d.kind()));
        if (kinds.isEmpty()) {
            if (s.devices().contains(PatientSummary.Device.VENTILATOR)) {
                kinds.add(PatientSummary.PoweredKind.VENTILATOR);
            }
            if (s.devices().contains(PatientSummary.Device.HOME_OXYGEN)) {
                kinds.add(PatientSummary.PoweredKind.OXYGEN_CONCENTRATOR);
            }
            if (s.devices().contains(PatientSummary.Device.SUCTION)) {
                kinds.add(PatientSummary.PoweredKind.SUCTION);
            }
        }
        return List.copyOf(kinds);
    }

    /** Whether the patient uses a powered device (the summary ticks one, or its profile lists one): who a plan is for. */
    public boolean usesPoweredDevices(long patientId) {
        CoveredPatient p = primaries.find(patientId);
        return p != null && !kinds(p.summary()).isEmpty();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
    }
}
