package org.renkei.preparedness.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.Inputs;
import org.renkei.preparedness.GrantItem;
import org.renkei.preparedness.PlanAction;
import org.renkei.preparedness.PlanContent;
import org.renkei.preparedness.PlanState;
import org.renkei.preparedness.PrepEvent;
import org.renkei.preparedness.ReviewReason;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 災害時個別支援計画: one per patient, owned by the district's desk (the 区's 保健師), drafted by the team, its medical part
 * confirmed by the 主治医, confirmed when the patient or family agrees: 作成中 → 本人・家族の同意待ち → 確定 → 要見直し (a year
 * later, or when the devices change) → a new version. Generators and batteries are granted only under a confirmed plan.
 */
@Entity
@Table(name = "prep_plan")
public class DisasterPlan extends AbstractAggregateRoot<DisasterPlan> {

    public static final int TEXT_LIMIT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long patientId;
    private long associationId;
    private long districtId;
    private long deskFacilityId;
    private int planVersion;
    @Enumerated(EnumType.STRING)
    private PlanState state;
    @Convert(converter = PlanContentConverter.class)
    private PlanContent content;
    private @Nullable Long checkerMemberId;
    private @Nullable String medicalConfirmedBy;
    private @Nullable Instant medicalConfirmedAt;
    private @Nullable Integer medicalSummaryVersion;
    private @Nullable String consentBy;
    private @Nullable Instant confirmedAt;
    private @Nullable LocalDate reviewDue;
    @Enumerated(EnumType.STRING)
    private @Nullable ReviewReason reviewReason;
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("id")
    private List<PlanGrant> grants = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("planVersion desc")
    private List<PlanVersionRow> versions = new ArrayList<>();

    @Version
    private long version;

    protected DisasterPlan() {
        this.state = PlanState.DRAFT;
        this.content = PlanContent.starter(List.of(), List.of());
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
        this.updatedBy = "";
    }

    /**
     * Where the actor stands towards this plan, decided by the service from the patient's team and consent: on the team
     * with the right to write; a member of the plan's desk whose consent admits it; the patient's 主治医.
     */
    public record Standing(boolean team, boolean desk, boolean primary) {

        public boolean any() {
            return team || desk || primary;
        }
    }

    /** Started by a member of the team (the visiting nurse, say) or the desk, for the district's desk to own. */
    public static DisasterPlan start(Actor actor, Standing standing, long patientId, long associationId, long districtId,
            long deskFacilityId, PlanContent starter, Instant now) {
        if (!standing.team() && !standing.desk()) {
            throw new AccessRefusedException("preparedness.not-your-plan");
        }
        DisasterPlan p = new DisasterPlan();
        p.patientId = patientId;
        p.associationId = associationId;
        p.districtId = districtId;
        p.deskFacilityId = deskFacilityId;
        p.planVersion = 1;
        p.state = PlanState.DRAFT;
        p.content = starter;
        p.createdAt = now;
        p.touch(actor, now);
        return p;
    }

    /** Registers the first event once the plan has its id. */
    public DisasterPlan started(Actor actor) {
        registerEvent(new PrepEvent.PlanStarted(id(), patientId, planVersion, actor));
        return this;
    }

    public Set<PlanAction> allowedActions(Standing s) {
        Set<PlanAction> out = EnumSet.noneOf(PlanAction.class);
        boolean drafter = s.team() || s.desk();
        if (s.team()) {
            out.add(PlanAction.EDIT_DEVICES);
        }
        switch (state) {
            case DRAFT -> {
                if (drafter) {
                    out.add(PlanAction.EDIT);
                    if (medicalConfirmedAt != null) {
                        out.add(PlanAction.SUBMIT);
                    }
                }
                if (s.primary()) {
                    out.add(PlanAction.CONFIRM_MEDICAL);
                }
            }
            case AWAITING_CONSENT -> {
                if (s.desk()) {
                    out.add(PlanAction.RECORD_CONSENT);
                }
                if (drafter) {
                    out.add(PlanAction.REVISE);
                }
            }
            case CONFIRMED, NEEDS_REVIEW -> {
                if (drafter) {
                    out.add(PlanAction.REVISE);
                }
                if (s.desk() && state == PlanState.CONFIRMED) {
                    out.add(PlanAction.GRANT);
                }
            }
        }
        if (s.desk()) {
            out.add(PlanAction.ASSIGN_CHECKER);
        }
        return out;
    }

    private void require(Standing s, PlanAction action) {
        if (!s.any()) {
            throw new AccessRefusedException("preparedness.not-your-plan");
        }
        if (!allowedActions(s).contains(action)) {
            throw new ConflictException("preparedness.not-now");
        }
    }

    /** 作成中 only: the contacts, steps, evacuation, supplies and supporters. */
    public void edit(Actor actor, Standing s, PlanContent next, Instant now) {
        require(s, PlanAction.EDIT);
        check(next);
        content = next;
        touch(actor, now);
        registerEvent(new PrepEvent.PlanEdited(id(), patientId, planVersion, actor));
    }

    private static void check(PlanContent c) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        for (PlanContent.CallContact contact : c.contacts()) {
            if (contact.name().isBlank()) {
                problems.add(new InvalidInputException.Problem("contacts", "validation.NotNull"));
            }
            if (contact.withinMinutes() != null && (contact.withinMinutes() < 0 || contact.withinMinutes() > 1440)) {
                problems.add(new InvalidInputException.Problem("contacts", "validation.Range", 0, 1440));
            }
        }
        java.util.stream.Stream<String> texts = java.util.stream.Stream.of(
                c.contacts().stream().flatMap(x -> java.util.stream.Stream.of(x.name(), x.relation(), x.phone(), x.calledBy())),
                c.blackoutSteps().stream(), c.supplies().stream().map(PlanContent.Supply::item),
                c.supporters().stream().flatMap(x -> java.util.stream.Stream.of(x.name(), x.organisation(), x.role())),
                java.util.stream.Stream.of(c.evacuation().place(), c.evacuation().route(), c.evacuation().transport()))
                .flatMap(x -> x);
        if (texts.anyMatch(t -> t != null && t.length() > TEXT_LIMIT)) {
            problems.add(new InvalidInputException.Problem("content", "validation.Size", 0, TEXT_LIMIT));
        }
        if (c.evacuation().helpers() != null && (c.evacuation().helpers() < 0 || c.evacuation().helpers() > 20)) {
            problems.add(new InvalidInputException.Problem("helpers", "validation.Range", 0, 20));
        }
        if (c.notes() != null && c.notes().length() > 4000) {
            problems.add(new InvalidInputException.Problem("notes", "validation.Size", 0, 4000));
        }
        if (c.blackoutSteps().size() > 20 || c.supplies().size() > 60 || c.contacts().size() > 20 || c.supporters().size() > 30) {
            problems.add(new InvalidInputException.Problem("content", "validation.Size", 0, 60));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The 主治医 confirms the medical part as the summary has it now (version {@code summaryVersion}). */
    public void confirmMedical(Actor actor, Standing s, int summaryVersion, Instant now) {
        require(s, PlanAction.CONFIRM_MEDICAL);
        medicalConfirmedBy = actor.name();
        medicalConfirmedAt = now;
        medicalSummaryVersion = summaryVersion;
        touch(actor, now);
        registerEvent(new PrepEvent.MedicalConfirmed(id(), patientId, planVersion, summaryVersion, actor));
    }

    /** 作成中 → 本人・家族の同意待ち, once the 主治医 has confirmed the medical part. */
    public void submit(Actor actor, Standing s, Instant now) {
        require(s, PlanAction.SUBMIT);
        state = PlanState.AWAITING_CONSENT;
        touch(actor, now);
        registerEvent(new PrepEvent.PlanSubmitted(id(), patientId, planVersion, actor));
    }

    /** 確定: the desk records who agreed (本人 or 家族); the plan is reviewed a year from today. */
    public void recordConsent(Actor actor, Standing s, String agreedBy, LocalDate today, Instant now) {
        require(s, PlanAction.RECORD_CONSENT);
        String who = Inputs.blank(agreedBy);
        if (who == null || who.length() > 200) {
            throw new InvalidInputException("agreedBy", "validation.NotNull");
        }
        consentBy = who;
        confirmedAt = now;
        state = PlanState.CONFIRMED;
        reviewDue = today.plusYears(1);
        reviewReason = null;
        versions.add(new PlanVersionRow(planVersion, content, medicalSummaryVersion, medicalConfirmedBy, who, now, actor.name()));
        touch(actor, now);
        registerEvent(new PrepEvent.PlanConfirmed(id(), patientId, planVersion, actor));
    }

    /** A new version from a confirmed (or awaiting) one: back to 作成中, the medical part to be confirmed again. */
    public void revise(Actor actor, Standing s, Instant now) {
        require(s, PlanAction.REVISE);
        planVersion++;
        state = PlanState.DRAFT;
        medicalConfirmedAt = null;
        medicalConfirmedBy = null;
        medicalSummaryVersion = null;
        consentBy = null;
        touch(actor, now);
        registerEvent(new PrepEvent.PlanRevised(id(), patientId, planVersion, actor));
    }

    /**
     * 要見直し: a confirmed or awaiting plan when the devices changed or its year is up. A draft keeps being drafted, but
     * its medical part must be confirmed again when the devices changed. Returns whether anything changed.
     */
    public boolean markForReview(Actor actor, ReviewReason reason, Instant now) {
        if (state == PlanState.DRAFT) {
            if (reason == ReviewReason.DEVICE_CHANGED && medicalConfirmedAt != null) {
                medicalConfirmedAt = null;
                medicalConfirmedBy = null;
                medicalSummaryVersion = null;
                touch(actor, now);
                registerEvent(new PrepEvent.PlanNeedsReview(id(), patientId, planVersion, reason, actor));
                return true;
            }
            return false;
        }
        if (state == PlanState.NEEDS_REVIEW && reviewReason == reason) {
            return false;
        }
        state = PlanState.NEEDS_REVIEW;
        reviewReason = reason;
        touch(actor, now);
        registerEvent(new PrepEvent.PlanNeedsReview(id(), patientId, planVersion, reason, actor));
        return true;
    }

    /** The desk names who checks on the patient in a disaster (or nobody); the service has checked the member. */
    public void assignChecker(Actor actor, Standing s, @Nullable Long memberId, Instant now) {
        require(s, PlanAction.ASSIGN_CHECKER);
        checkerMemberId = memberId;
        touch(actor, now);
        registerEvent(new PrepEvent.CheckerAssigned(id(), patientId, planVersion, memberId, actor));
    }

    /** 給付: only under a confirmed plan (the rule the 区 applies). */
    public PlanGrant grant(Actor actor, Standing s, GrantItem item, String model, @Nullable String serial, LocalDate grantedOn,
            @Nullable LocalDate nextInspectionOn, Instant now) {
        if (s.desk() && state != PlanState.CONFIRMED) {
            throw new ConflictException("preparedness.grant-needs-confirmed-plan");
        }
        require(s, PlanAction.GRANT);
        String m = Inputs.blank(model);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (m == null || m.length() > 200) {
            problems.add(new InvalidInputException.Problem("model", "validation.NotNull"));
        }
        if (nextInspectionOn != null && nextInspectionOn.isBefore(grantedOn)) {
            problems.add(new InvalidInputException.Problem("nextInspectionOn", "preparedness.inspection-before-grant"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PlanGrant g = new PlanGrant(item, m, Inputs.blank(serial), grantedOn, nextInspectionOn, actor.name());
        grants.add(g);
        touch(actor, now);
        registerEvent(new PrepEvent.Granted(id(), patientId, planVersion, item, actor));
        return g;
    }

    private void touch(Actor actor, Instant now) {
        updatedAt = now;
        updatedBy = actor.name();
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long patientId() {
        return patientId;
    }

    public long associationId() {
        return associationId;
    }

    public long districtId() {
        return districtId;
    }

    public long deskFacilityId() {
        return deskFacilityId;
    }

    public int planVersion() {
        return planVersion;
    }

    public PlanState state() {
        return state;
    }

    public PlanContent content() {
        return content;
    }

    public @Nullable Long checkerMemberId() {
        return checkerMemberId;
    }

    public @Nullable String medicalConfirmedBy() {
        return medicalConfirmedBy;
    }

    public @Nullable Instant medicalConfirmedAt() {
        return medicalConfirmedAt;
    }

    public @Nullable Integer medicalSummaryVersion() {
        return medicalSummaryVersion;
    }

    public @Nullable String consentBy() {
        return consentBy;
    }

    public @Nullable Instant confirmedAt() {
        return confirmedAt;
    }

    public @Nullable LocalDate reviewDue() {
        return reviewDue;
    }

    public @Nullable ReviewReason reviewReason() {
        return reviewReason;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public List<PlanGrant> grants() {
        return List.copyOf(grants);
    }

    public List<PlanVersionRow> versions() {
        return List.copyOf(versions);
    }
}
