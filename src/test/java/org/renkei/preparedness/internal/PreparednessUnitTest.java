package org.renkei.preparedness.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.preparedness.CheckState;
import org.renkei.preparedness.EventKind;
import org.renkei.preparedness.GrantItem;
import org.renkei.preparedness.PlanAction;
import org.renkei.preparedness.PlanContent;
import org.renkei.preparedness.PlanState;
import org.renkei.preparedness.ReviewReason;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.test.util.ReflectionTestUtils;

/** The plan's and the event's rules without a database: states, who may take each step, the grant rule, reminders. */
class PreparednessUnitTest {

    private static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final long DESK = 50;

    private static Actor actor(long id, long facility, Role... roles) {
        return new Actor(id, "m" + id, "会員" + id, facility, "施設" + facility, 1L, Set.of(roles.length == 0 ? new Role[] {Role.MEMBER} : roles));
    }

    private static final Actor NURSE = actor(1, 10);
    private static final Actor DOCTOR = actor(2, 20);
    private static final Actor HOKENSHI = actor(3, DESK);
    private static final Actor OUTSIDER = actor(4, 30);
    private static final DisasterPlan.Standing TEAM = new DisasterPlan.Standing(true, false, false);
    private static final DisasterPlan.Standing PRIMARY = new DisasterPlan.Standing(true, false, true);
    private static final DisasterPlan.Standing DESK_STANDING = new DisasterPlan.Standing(false, true, false);
    private static final DisasterPlan.Standing NONE = new DisasterPlan.Standing(false, false, false);

    private static DisasterPlan plan() {
        DisasterPlan p = DisasterPlan.start(NURSE, TEAM, 7, 1, 2, DESK, PlanContent.starter(List.of("外部バッテリー"), List.of("蘇生バッグ")), NOW);
        ReflectionTestUtils.setField(p, "id", 99L);
        return p;
    }

    private static DisasterPlan confirmed() {
        DisasterPlan p = plan();
        p.confirmMedical(DOCTOR, PRIMARY, 3, NOW);
        p.submit(NURSE, TEAM, NOW);
        p.recordConsent(HOKENSHI, DESK_STANDING, "妻 田中 幸子", TODAY, NOW);
        return p;
    }

    @Test
    void aPlanGoesFromDraftThroughConsentToConfirmedAndIsReviewedAYearLater() {
        DisasterPlan p = plan();
        assertThat(p.state()).isEqualTo(PlanState.DRAFT);
        assertThat(p.allowedActions(TEAM)).contains(PlanAction.EDIT, PlanAction.EDIT_DEVICES).doesNotContain(PlanAction.SUBMIT);
        assertThatThrownBy(() -> p.submit(NURSE, TEAM, NOW)).as("the 主治医 confirms the medical part first")
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> p.confirmMedical(NURSE, TEAM, 3, NOW)).as("only the 主治医").isInstanceOf(ConflictException.class);
        p.confirmMedical(DOCTOR, PRIMARY, 3, NOW);
        p.submit(NURSE, TEAM, NOW);
        assertThat(p.state()).isEqualTo(PlanState.AWAITING_CONSENT);
        assertThatThrownBy(() -> p.recordConsent(NURSE, TEAM, "妻", TODAY, NOW)).as("the desk records consent")
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> p.recordConsent(HOKENSHI, DESK_STANDING, " ", TODAY, NOW)).isInstanceOf(InvalidInputException.class);
        p.recordConsent(HOKENSHI, DESK_STANDING, "妻 田中 幸子", TODAY, NOW);
        assertThat(p.state()).isEqualTo(PlanState.CONFIRMED);
        assertThat(p.reviewDue()).isEqualTo(TODAY.plusYears(1));
        assertThat(p.versions()).singleElement().satisfies(v -> {
            assertThat(v.planVersion()).isEqualTo(1);
            assertThat(v.consentBy()).isEqualTo("妻 田中 幸子");
            assertThat(v.summaryVersion()).isEqualTo(3);
        });
        assertThat(p.markForReview(HOKENSHI, ReviewReason.YEARLY, NOW)).isTrue();
        assertThat(p.state()).isEqualTo(PlanState.NEEDS_REVIEW);
        assertThat(p.markForReview(HOKENSHI, ReviewReason.YEARLY, NOW)).as("once").isFalse();
        p.revise(NURSE, TEAM, NOW);
        assertThat(p.state()).isEqualTo(PlanState.DRAFT);
        assertThat(p.planVersion()).isEqualTo(2);
        assertThat(p.medicalConfirmedAt()).as("confirmed again for the new version").isNull();
    }

    @Test
    void aDeviceChangeMarksAConfirmedPlanForReviewAndUnconfirmsADraftsMedicalPart() {
        DisasterPlan c = confirmed();
        assertThat(c.markForReview(NURSE, ReviewReason.DEVICE_CHANGED, NOW)).isTrue();
        assertThat(c.state()).isEqualTo(PlanState.NEEDS_REVIEW);
        assertThat(c.reviewReason()).isEqualTo(ReviewReason.DEVICE_CHANGED);

        DisasterPlan d = plan();
        assertThat(d.markForReview(NURSE, ReviewReason.DEVICE_CHANGED, NOW)).as("nothing to undo").isFalse();
        d.confirmMedical(DOCTOR, PRIMARY, 3, NOW);
        assertThat(d.markForReview(NURSE, ReviewReason.DEVICE_CHANGED, NOW)).isTrue();
        assertThat(d.state()).isEqualTo(PlanState.DRAFT);
        assertThat(d.medicalConfirmedAt()).isNull();
    }

    @Test
    void onlyAConfirmedPlanReceivesAGrantAndOnlyFromTheDesk() {
        DisasterPlan p = plan();
        assertThatThrownBy(() -> p.grant(HOKENSHI, DESK_STANDING, GrantItem.GENERATOR, "IG-900", null, TODAY, null, NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("preparedness.grant-needs-confirmed-plan");
        DisasterPlan c = confirmed();
        assertThatThrownBy(() -> c.grant(NURSE, TEAM, GrantItem.GENERATOR, "IG-900", null, TODAY, null, NOW)).as("the 区 grants")
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> c.grant(OUTSIDER, NONE, GrantItem.GENERATOR, "IG-900", null, TODAY, null, NOW))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> c.grant(HOKENSHI, DESK_STANDING, GrantItem.GENERATOR, "IG-900", null, TODAY, TODAY.minusDays(1), NOW))
                .isInstanceOf(InvalidInputException.class);
        c.grant(HOKENSHI, DESK_STANDING, GrantItem.GENERATOR, "IG-900", "S-1", TODAY, TODAY.plusYears(1), NOW);
        assertThat(c.grants()).singleElement().satisfies(g -> assertThat(g.model()).isEqualTo("IG-900"));
        c.markForReview(NURSE, ReviewReason.DEVICE_CHANGED, NOW);
        assertThatThrownBy(() -> c.grant(HOKENSHI, DESK_STANDING, GrantItem.BATTERY, "B-1", null, TODAY, null, NOW))
                .as("a plan to review is no longer confirmed").isInstanceOf(ConflictException.class);
    }

    @Test
    void anOutsiderCanDoNothingAndCannotStartAPlan() {
        assertThat(plan().allowedActions(NONE)).isEmpty();
        assertThatThrownBy(() -> plan().edit(OUTSIDER, NONE, PlanContent.starter(List.of(), List.of()), NOW))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> DisasterPlan.start(OUTSIDER, NONE, 7, 1, 2, DESK, PlanContent.starter(List.of(), List.of()), NOW))
                .isInstanceOf(AccessRefusedException.class);
    }

    private static DisasterEvent event(Map<Long, @Nullable Long> users) {
        DisasterEvent e = DisasterEvent.declare(HOKENSHI, 1, 2, DESK, EventKind.BLACKOUT, "北部 停電", NOW, users, NOW);
        ReflectionTestUtils.setField(e, "id", 5L);
        long id = 100;
        for (Check c : e.checks()) {
            ReflectionTestUtils.setField(c, "id", id++);
        }
        return e;
    }

    @Test
    void aCheckerRecordsOnlyTheirOwnChecksAndNeedsHelpNeedsTheHoursLeft() {
        Map<Long, @Nullable Long> users = new LinkedHashMap<>();
        users.put(7L, NURSE.memberId());
        users.put(8L, DOCTOR.memberId());
        users.put(9L, null);
        DisasterEvent e = event(users);
        assertThat(e.checks()).extracting(Check::state).containsOnly(CheckState.UNCHECKED);
        assertThatThrownBy(() -> e.record(NURSE, 101, CheckState.SAFE, null, null, NOW)).as("another checker's user")
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> e.record(NURSE, 100, CheckState.NEEDS_HELP, null, null, NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> e.record(NURSE, 100, CheckState.NEEDS_HELP, 99, null, NOW)).isInstanceOf(InvalidInputException.class);
        e.record(NURSE, 100, CheckState.NEEDS_HELP, 3, "外部バッテリー稼働中", NOW);
        assertThat(e.check(100).hoursLeft()).isEqualTo(3);
        e.record(HOKENSHI, 102, CheckState.SAFE, 5, null, NOW);
        assertThat(e.check(102).hoursLeft()).as("hours only for 要支援").isNull();
        assertThatThrownBy(() -> e.acknowledge(DOCTOR, 100, NOW)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> DisasterEvent.declare(OUTSIDER, 1, 2, DESK, EventKind.BLACKOUT, "x", NOW, users, NOW))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> e.end(NURSE, null, NOW)).as("the desk ends it").isInstanceOf(AccessRefusedException.class);
        assertThat(e.checksOf(NURSE)).extracting(Check::id).containsExactly(100L);
        e.end(HOKENSHI, "振り返り", NOW);
        assertThat(e.checksOf(NURSE)).as("a checker sees the users during the event only").isEmpty();
        assertThatThrownBy(() -> e.record(NURSE, 100, CheckState.SAFE, null, null, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theUncheckedAreRemindedEveryThirtyMinutesUntilChecked() {
        Map<Long, @Nullable Long> users = new LinkedHashMap<>();
        users.put(7L, NURSE.memberId());
        users.put(8L, DOCTOR.memberId());
        users.put(9L, null);
        DisasterEvent e = event(users);
        Actor portal = new Actor(0, "portal", "portal", null, null, 1L, Set.of());
        assertThat(e.remindUnchecked(portal, NOW.plus(Duration.ofMinutes(29)))).isZero();
        assertThat(e.remindUnchecked(portal, NOW.plus(Duration.ofMinutes(30)))).as("the two with a checker").isEqualTo(2);
        e.record(NURSE, 100, CheckState.SAFE, null, null, NOW.plus(Duration.ofMinutes(40)));
        assertThat(e.remindUnchecked(portal, NOW.plus(Duration.ofMinutes(50)))).as("not before the next half hour").isZero();
        assertThat(e.remindUnchecked(portal, NOW.plus(Duration.ofMinutes(60)))).as("the still unchecked only").isEqualTo(1);
        assertThat(e.check(101).reminders()).isEqualTo(2);
        assertThat(e.check(100).reminders()).isEqualTo(1);
    }
}
