package org.renkei.preparedness;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.CoveredPatient;
import org.renkei.patient.PatientSummary;
import org.renkei.patient.SummaryService;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.Translations;
import org.renkei.preparedness.internal.DisasterPlan;
import org.renkei.preparedness.internal.DisasterPlans;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a plan: started by the team or the desk, drafted, its medical part confirmed by the 主治医, sent for the
 * family's consent, confirmed by the desk, revised; the checker named; generators and batteries granted; and the device
 * profile, which is saved into the summary (a new version, so the change shows in the summary's history). The plan decides
 * each step; reading is {@link PlanQueries}.
 */
@Service
@Transactional
public class PlanService {

    private final DisasterPlans plans;
    private final PrepAccess access;
    private final PlanQueries queries;
    private final SummaryService summaries;
    private final Translations translations;
    private final EntityManager entities;
    private final Clock clock;

    PlanService(DisasterPlans plans, PrepAccess access, PlanQueries queries, SummaryService summaries, Translations translations,
            EntityManager entities, Clock clock) {
        this.plans = plans;
        this.entities = entities;
        this.access = access;
        this.queries = queries;
        this.summaries = summaries;
        this.translations = translations;
        this.clock = clock;
    }

    /** Starts the patient's plan for the district's desk, with the guideline's blackout steps and supplies to adjust. */
    public PlanDetails start(Actor actor, long patientId) {
        if (plans.findByPatientId(patientId).isPresent()) {
            throw new ConflictException("preparedness.plan-exists");
        }
        var ref = access.readable(actor, patientId);
        PrepAccess.Desk desk = access.deskOfPatient(ref.managingFacilityId());
        Locale ja = Translations.JAPANESE;
        PlanContent starter = PlanContent.starter(
                List.of(text("preparedness.starter.step1", ja), text("preparedness.starter.step2", ja),
                        text("preparedness.starter.step3", ja), text("preparedness.starter.step4", ja)),
                List.of(text("preparedness.starter.supply1", ja), text("preparedness.starter.supply2", ja),
                        text("preparedness.starter.supply3", ja), text("preparedness.starter.supply4", ja),
                        text("preparedness.starter.supply5", ja)));
        DisasterPlan plan = plans.save(DisasterPlan.start(actor, access.standing(actor, patientId, desk.facilityId()), patientId,
                desk.associationId(), desk.districtId(), desk.facilityId(), starter, now()));
        return after(actor, plans.save(plan.started(actor)));
    }

    private String text(String key, Locale locale) {
        return translations.text(key, locale);
    }

    public PlanDetails edit(Actor actor, long planId, PlanContent content) {
        DisasterPlan plan = plans.require(planId);
        plan.edit(actor, access.requireStanding(actor, plan), content, now());
        return after(actor, plans.save(plan));
    }

    /** The 主治医 confirms the medical part as the summary has it now. */
    public PlanDetails confirmMedical(Actor actor, long planId) {
        DisasterPlan plan = plans.require(planId);
        CoveredPatient p = covered(plan.patientId());
        plan.confirmMedical(actor, access.requireStanding(actor, plan), p.summaryVersion(), now());
        return after(actor, plans.save(plan));
    }

    public PlanDetails submit(Actor actor, long planId) {
        DisasterPlan plan = plans.require(planId);
        plan.submit(actor, access.requireStanding(actor, plan), now());
        return after(actor, plans.save(plan));
    }

    /** 確定: the desk records who agreed. */
    public PlanDetails recordConsent(Actor actor, long planId, String agreedBy) {
        DisasterPlan plan = plans.require(planId);
        plan.recordConsent(actor, access.requireStanding(actor, plan), agreedBy, today(), now());
        return after(actor, plans.save(plan));
    }

    public PlanDetails revise(Actor actor, long planId) {
        DisasterPlan plan = plans.require(planId);
        plan.revise(actor, access.requireStanding(actor, plan), now());
        return after(actor, plans.save(plan));
    }

    /** Names the checker: an active member of the desk or of a facility on the patient's team (or nobody). */
    public PlanDetails assignChecker(Actor actor, long planId, @Nullable Long memberId) {
        DisasterPlan plan = plans.require(planId);
        DisasterPlan.Standing s = access.requireStanding(actor, plan);
        if (memberId != null && s.desk() && !access.mayCheck(plan, memberId)) {
            throw new InvalidInputException("checker", "preparedness.checker-not-eligible");
        }
        plan.assignChecker(actor, s, memberId, now());
        return after(actor, plans.save(plan));
    }

    /** Who may be named checker: the desk's members and the team's (active people, no programs). */
    @Transactional(readOnly = true)
    public List<MemberSummary> checkerCandidates(Actor actor, long planId) {
        DisasterPlan plan = plans.require(planId);
        if (!access.requireStanding(actor, plan).desk()) {
            throw new AccessRefusedException("preparedness.not-a-desk");
        }
        return access.checkerCandidates(plan);
    }

    /** 給付: a generator or battery, only under a confirmed plan. */
    public PlanDetails grant(Actor actor, long planId, GrantItem item, String model, @Nullable String serial, LocalDate grantedOn,
            @Nullable LocalDate nextInspectionOn) {
        DisasterPlan plan = plans.require(planId);
        plan.grant(actor, access.requireStanding(actor, plan), item, model, serial, grantedOn, nextInspectionOn, now());
        return after(actor, plans.save(plan));
    }

    /**
     * Saves the device profile into the summary as its next version (so the change shows in the summary's history and
     * reaches this plan, and every other, through the summary's event). {@code baseVersion} is the summary version the member
     * started from. The summary's own rule decides who may (the team).
     */
    public PlanDetails saveDevices(Actor actor, long planId, int baseVersion, PatientSummary.DeviceProfile profile) {
        DisasterPlan plan = plans.require(planId);
        if (!plan.allowedActions(access.requireStanding(actor, plan)).contains(PlanAction.EDIT_DEVICES)) {
            throw new AccessRefusedException("preparedness.not-your-plan");
        }
        for (PatientSummary.PoweredDevice d : profile.devices()) {
            if (negative(d.hoursPerDay()) || negative(d.internalBatteryMinutes()) || negative(d.externalBatteryMinutes())
                    || d.externalBatteries() < 0 || (d.hoursPerDay() != null && d.hoursPerDay() > 24)) {
                throw new InvalidInputException("devices", "validation.Range", 0, 24);
            }
        }
        CoveredPatient p = covered(plan.patientId());
        summaries.saveSummary(actor, plan.patientId(), baseVersion, p.summary().withDeviceProfile(profile),
                translations.text("preparedness.devices-note", Translations.JAPANESE));
        return after(actor, plans.require(planId));
    }

    /**
     * The patient as the summary has them now: what this transaction wrote is flushed first, since the patient module reads
     * the current version with plain SQL (a device profile saved a moment ago must be the one the plan shows).
     */
    private CoveredPatient covered(long patientId) {
        entities.flush();
        return access.patient(patientId);
    }

    private static boolean negative(@Nullable Integer v) {
        return v != null && v < 0;
    }

    private PlanDetails after(Actor actor, DisasterPlan plan) {
        CoveredPatient p = covered(plan.patientId());
        return queries.build(plan, p, access.standing(actor, plan));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
    }
}
