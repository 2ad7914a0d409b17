package org.renkei.oncall.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renkei.oncall.AbsenceReason;
import org.renkei.oncall.AbsenceStatus;
import org.renkei.oncall.AgreementKind;
import org.renkei.oncall.AgreementStatus;
import org.renkei.oncall.CallOutcome;
import org.renkei.oncall.Caller;
import org.renkei.oncall.CoverEvent;
import org.renkei.oncall.CoverHours;
import org.renkei.oncall.OnCallAction;
import org.renkei.oncall.PeriodKind;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.test.util.ReflectionTestUtils;

/** The cover aggregates' rules and events without a database: who may take which step, when, and what it tells. */
class OnCallUnitTest {

    static final long CLINIC = 1, COVERING = 2, ELSEWHERE = 9, ASSOCIATION = 100;
    /** A Tuesday, 10:00 in Tokyo. */
    static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");

    static Actor at(long facility, long member, Role... roles) {
        Set<Role> all = new java.util.HashSet<>(List.of(roles));
        all.add(Role.MEMBER);
        return new Actor(member, "m" + member, "職員" + member, facility, "施設" + facility, ASSOCIATION, all);
    }

    final Actor principal = at(CLINIC, 10);
    final Actor covering = at(COVERING, 20);
    final Actor coveringColleague = at(COVERING, 21);
    final Actor outsider = at(ELSEWHERE, 90);
    final Actor coordinator = at(ELSEWHERE, 80, Role.ASSOCIATION_ADMIN);
    final Actor otherCoordinator = new Actor(81, "x", "他会", ELSEWHERE, "x", 999L, Set.of(Role.MEMBER, Role.ASSOCIATION_ADMIN));

    static <T> T withId(T entity, long id) {
        ReflectionTestUtils.setField(entity, "id", id);
        return entity;
    }

    @SuppressWarnings("unchecked")
    static List<Object> events(Object aggregate) {
        List<Object> events = List.copyOf((Collection<Object>) ReflectionTestUtils.invokeMethod(aggregate, "domainEvents"));
        ReflectionTestUtils.invokeMethod(aggregate, "clearDomainEvents");
        return events;
    }

    CoverAgreement pair(boolean absences) {
        return withId(CoverAgreement.propose(principal, AgreementKind.PAIR, ASSOCIATION, CLINIC, COVERING, null,
                new CoverAgreement.Terms(true, false, absences, true, List.of(), 20, null), 5, NOW), 7);
    }

    @Test
    void aPairIsProposedByTheClinicAndAcceptedByTheCoveringClinicOnly() {
        assertThatThrownBy(() -> CoverAgreement.propose(outsider, AgreementKind.PAIR, ASSOCIATION, CLINIC, COVERING, null,
                new CoverAgreement.Terms(true, false, false, true, List.of(), 20, null), 5, NOW))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> CoverAgreement.propose(principal, AgreementKind.PAIR, ASSOCIATION, CLINIC, CLINIC, null,
                new CoverAgreement.Terms(true, false, false, true, List.of(), 20, null), 5, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pair-needs-other-clinic");
        assertThatThrownBy(() -> CoverAgreement.propose(principal, AgreementKind.PAIR, ASSOCIATION, CLINIC, COVERING, null,
                new CoverAgreement.Terms(false, false, false, true, List.of(), 20, null), 5, NOW))
                .hasMessageContaining("covers-nothing");
        assertThatThrownBy(() -> CoverAgreement.propose(principal, AgreementKind.PAIR, ASSOCIATION, CLINIC, COVERING, null,
                new CoverAgreement.Terms(true, false, false, true, List.of(), 3, null), 5, NOW))
                .as("all five patients are more than the maximum of three").hasMessageContaining("too-many-patients");

        CoverAgreement a = pair(true);
        assertThat(a.allowedActions(covering)).containsExactlyInAnyOrder(OnCallAction.ACCEPT, OnCallAction.DECLINE);
        assertThat(a.allowedActions(principal)).containsExactly(OnCallAction.CANCEL);
        assertThatThrownBy(() -> a.accept(principal, NOW)).as("not its own proposal").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> a.accept(outsider, NOW)).isInstanceOf(AccessRefusedException.class);
        a.accept(covering, NOW);
        assertThat(a.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(events(a)).singleElement().isInstanceOf(CoverEvent.AgreementAccepted.class);
        assertThatThrownBy(() -> a.accept(covering, NOW)).isInstanceOf(ConflictException.class).hasMessageContaining("agreement-state");
        assertThatThrownBy(() -> a.end(outsider, NOW)).isInstanceOf(AccessRefusedException.class);
        a.end(principal, NOW);
        assertThat(a.inForce()).isFalse();
    }

    @Test
    void aPoolPlaceIsAcceptedByItsAssociationOnly() {
        CoverAgreement a = withId(CoverAgreement.propose(principal, AgreementKind.POOL, ASSOCIATION, CLINIC, null, 3L,
                new CoverAgreement.Terms(true, true, false, false, List.of(5L), 20, null), 5, NOW), 8);
        assertThat(a.includes(5)).isTrue();
        assertThat(a.includes(6)).as("chosen patients only").isFalse();
        assertThatThrownBy(() -> a.accept(otherCoordinator, NOW)).isInstanceOf(AccessRefusedException.class);
        a.accept(coordinator, NOW);
        assertThat(a.inForce()).isTrue();
    }

    @Test
    void anAbsenceNeedsAnAgreementForAbsencesAValidPeriodAndOnlyTheAskedDoctorAccepts() {
        CoverAgreement nightsOnly = pair(false);
        nightsOnly.accept(covering, NOW);
        assertThatThrownBy(() -> declare(nightsOnly, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("agreement-no-absences");
        CoverAgreement a = pair(true);
        assertThatThrownBy(() -> declare(a, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2))))
                .as("not yet in force").hasMessageContaining("agreement-no-absences");
        a.accept(covering, NOW);
        assertThatThrownBy(() -> declare(a, NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(1))))
                .hasMessageContaining("period-order");
        assertThatThrownBy(() -> declare(a, NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1))))
                .hasMessageContaining("period-past");
        assertThatThrownBy(() -> declare(a, NOW, NOW.plus(Duration.ofDays(40)))).hasMessageContaining("period-too-long");
        assertThatThrownBy(() -> CoverAbsence.declare(outsider, a, covering.memberId(), NOW, NOW.plus(Duration.ofHours(5)),
                AbsenceReason.LEAVE, null, true, List.of(), NOW)).isInstanceOf(AccessRefusedException.class);

        CoverAbsence absence = withId(declare(a, NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(30))), 11);
        assertThat(absence.covers(5, NOW.plus(Duration.ofHours(2)))).as("a gap until accepted").isFalse();
        assertThatThrownBy(() -> absence.accept(coveringColleague, NOW)).as("only the asked doctor")
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> absence.accept(principal, NOW)).isInstanceOf(ConflictException.class);
        absence.accept(covering, NOW);
        assertThat(absence.status()).isEqualTo(AbsenceStatus.ACCEPTED);
        assertThat(events(absence)).singleElement().isInstanceOf(CoverEvent.AbsenceAccepted.class);
        assertThat(absence.covers(5, NOW.plus(Duration.ofHours(2)))).isTrue();
        assertThat(absence.covers(5, NOW.plus(Duration.ofHours(31)))).as("the period is over").isFalse();
        assertThatThrownBy(() -> absence.cancel(principal, NOW.plus(Duration.ofHours(31))))
                .as("an ended period cannot be cancelled").hasMessageContaining("period-ended");
        absence.cancel(principal, NOW.plus(Duration.ofHours(3)));
        assertThat(absence.covers(5, NOW.plus(Duration.ofHours(4)))).isFalse();
    }

    private CoverAbsence declare(CoverAgreement a, Instant from, Instant to) {
        return CoverAbsence.declare(principal, a, covering.memberId(), from, to, AbsenceReason.CONFERENCE, null, true, List.of(), NOW);
    }

    @Test
    void onlyTheAssociationFillsASlotThatHasNotEndedAndTheBackupIsAnotherDoctor() {
        RotaSlot slot = withId(new RotaSlot(3, NOW, NOW.plus(Duration.ofHours(15))), 4);
        assertThatThrownBy(() -> slot.assign(principal, ASSOCIATION, 20L, null, NOW)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> slot.assign(otherCoordinator, ASSOCIATION, 20L, null, NOW)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> slot.assign(coordinator, ASSOCIATION, 20L, 20L, NOW)).hasMessageContaining("backup-same-doctor");
        assertThatThrownBy(() -> slot.assign(coordinator, ASSOCIATION, null, 20L, NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(slot.gap()).isTrue();
        slot.assign(coordinator, ASSOCIATION, 20L, 21L, NOW);
        assertThat(slot.gap()).isFalse();
        assertThat(slot.staffedBy(21)).isTrue();
        assertThat(events(slot)).singleElement().isInstanceOf(CoverEvent.SlotAssigned.class);
        assertThatThrownBy(() -> slot.assign(coordinator, ASSOCIATION, 21L, null, NOW.plus(Duration.ofHours(16))))
                .hasMessageContaining("period-ended");
        assertThatThrownBy(() -> new RotaSlot(3, NOW, NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void callsAreRecordedByTheCoveringDoctorWithinThePeriodAndTheReportIsConfirmedAfterItEnds() {
        Instant end = NOW.plus(Duration.ofHours(10));
        CoverReport r = withId(new CoverReport(principal.memberId(), covering.memberId(), PeriodKind.ABSENCE, 11, NOW, end), 30);
        Instant later = NOW.plus(Duration.ofHours(2));
        assertThatThrownBy(() -> r.record(coveringColleague, 5, ASSOCIATION, later, Caller.FAMILY, CallOutcome.PHONE_ADVICE, null, later))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> r.record(covering, 5, ASSOCIATION, NOW.minusSeconds(1), Caller.FAMILY, CallOutcome.VISIT, null, later))
                .hasMessageContaining("call-outside-period");
        assertThatThrownBy(() -> r.record(covering, 5, ASSOCIATION, later.plusSeconds(60), Caller.FAMILY, CallOutcome.VISIT, null, later))
                .as("not in the future").hasMessageContaining("call-outside-period");
        assertThatThrownBy(() -> r.record(covering, 5, ASSOCIATION, later, Caller.FAMILY, CallOutcome.VISIT, "x".repeat(2001), later))
                .isInstanceOf(InvalidInputException.class);
        CoverCall call = r.record(covering, 5, ASSOCIATION, later, Caller.FAMILY, CallOutcome.VISIT, " 往診 ", later);
        assertThat(call.note()).isEqualTo("往診");
        assertThatThrownBy(() -> r.record(covering, 5, ASSOCIATION, later, Caller.FAMILY, CallOutcome.VISIT, null, end))
                .as("the period has ended").isInstanceOf(ConflictException.class).hasMessageContaining("period-ended");

        assertThatThrownBy(() -> r.confirm(principal, CLINIC, later)).hasMessageContaining("report-not-released");
        assertThat(r.release(covering, List.of(5L), later)).as("not before the end").isFalse();
        assertThat(r.release(covering, List.of(5L), end)).isTrue();
        assertThat(r.release(covering, List.of(5L), end)).as("once").isFalse();
        assertThat(events(r)).singleElement().isInstanceOf(CoverEvent.ReportReleased.class);
        assertThatThrownBy(() -> r.confirm(covering, CLINIC, end)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> r.confirm(outsider, CLINIC, end)).isInstanceOf(AccessRefusedException.class);
        Actor program = at(CLINIC, 77, Role.API_CLIENT);
        assertThatThrownBy(() -> r.confirm(program, CLINIC, end)).as("a program does not read for the doctor")
                .isInstanceOf(AccessRefusedException.class);
        r.confirm(principal, CLINIC, end);
        assertThat(r.confirmedAt()).isEqualTo(end);
        assertThatThrownBy(() -> r.confirm(principal, CLINIC, end)).hasMessageContaining("report-confirmed");
    }

    @Test
    void nightsAndWeekendDaysInTokyoTime() {
        Instant tuesday10 = Instant.parse("2026-12-01T01:00:00Z");
        Instant tuesday20 = Instant.parse("2026-12-01T11:00:00Z");
        Instant wednesday05 = Instant.parse("2026-12-01T20:00:00Z");
        Instant saturday12 = Instant.parse("2026-12-05T03:00:00Z");
        assertThat(CoverHours.night(tuesday10)).isFalse();
        assertThat(CoverHours.night(tuesday20)).isTrue();
        assertThat(CoverHours.night(wednesday05)).isTrue();
        assertThat(CoverHours.holiday(tuesday10)).isFalse();
        assertThat(CoverHours.holiday(saturday12)).isTrue();
        assertThat(CoverHours.holiday(Instant.parse("2026-11-23T03:00:00Z"))).as("勤労感謝の日, a Monday").isTrue();
        assertThat(CoverHours.windowStart(wednesday05)).as("Tuesday 18:00").isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(CoverHours.nextChange(wednesday05)).as("Wednesday 09:00").isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
        assertThat(CoverHours.nextChange(tuesday10)).as("Tuesday 18:00").isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    }
}
