package org.renkei.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.safety.Incident;
import org.renkei.safety.IncidentKind;
import org.renkei.safety.MeasureKind;
import org.renkei.safety.PairBasis;
import org.renkei.safety.Perpetrator;
import org.renkei.safety.ReportAction;
import org.renkei.safety.ReportStatus;
import org.renkei.safety.ResponseKind;
import org.renkei.safety.SafetyEvent;
import org.renkei.safety.SafetyFigures;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.test.util.ReflectionTestUtils;

/** The safety aggregates without a database: a report's steps and readers, a measure's revisions, a two-person visit's rules. */
class SafetyUnitTest {

    static final long STATION = 1, CLINIC = 2, OTHER_STATION = 3;
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static Actor at(long facility, long member, Role... roles) {
        Set<Role> all = new HashSet<>(List.of(roles));
        all.add(Role.MEMBER);
        return new Actor(member, "m" + member, "職員" + member, facility, "施設" + facility, 100L, all);
    }

    final Actor nurse = at(STATION, 10);
    final Actor colleague = at(STATION, 11);
    final Actor admin = at(STATION, 12, Role.FACILITY_ADMIN);
    final Actor doctor = at(CLINIC, 20, Role.FACILITY_ADMIN, Role.CLINICIAN);
    final Actor otherAdmin = at(OTHER_STATION, 30, Role.FACILITY_ADMIN);
    final Actor associationAdmin = at(99, 40, Role.ASSOCIATION_ADMIN);
    final Actor operator = new Actor(50, "op", "運営", null, null, null, Set.of(Role.MEMBER, Role.SYSTEM_ADMIN));
    final Actor stationProgram = new Actor(60, "prog", "記録システム", STATION, "施設1", 100L, Set.of(Role.API_CLIENT));
    final Actor otherProgram = new Actor(61, "prog2", "他システム", OTHER_STATION, "施設3", 100L, Set.of(Role.API_CLIENT));

    @SuppressWarnings("unchecked")
    static List<Object> events(Object aggregate) {
        List<Object> events = List.copyOf((Collection<Object>) ReflectionTestUtils.invokeMethod(aggregate, "domainEvents"));
        ReflectionTestUtils.invokeMethod(aggregate, "clearDomainEvents");
        return events;
    }

    static Incident verbal() {
        return new Incident(NOW.minusSeconds(3600), "居間", Set.of(IncidentKind.VERBAL), Perpetrator.FAMILY, false, "x", false, null,
                "大声で繰り返し怒鳴られた", null, null);
    }

    IncidentReport drafted() {
        IncidentReport r = IncidentReport.draft(nurse, 100, 5L, verbal(), NOW);
        ReflectionTestUtils.setField(r, "id", 7L);
        events(r);
        return r;
    }

    @Test
    void aReportIsReadByItsReporterTheFacilitysAdministratorsAndItsProgramOnly() {
        IncidentReport r = drafted();
        assertThat(r.mayRead(nurse)).isTrue();
        assertThat(r.mayRead(admin)).isTrue();
        assertThat(r.mayRead(stationProgram)).as("a draft stays the reporter's").isFalse();
        r.submit(nurse, NOW);
        assertThat(r.mayRead(stationProgram)).isTrue();
        for (Actor refused : List.of(colleague, doctor, otherAdmin, associationAdmin, operator, otherProgram)) {
            assertThat(r.mayRead(refused)).as(refused.loginId()).isFalse();
            assertThat(r.allowedActions(refused)).as(refused.loginId()).isEmpty();
        }
        assertThat(r.injury()).as("no injury, no injury text").isNull();
    }

    @Test
    void theStepsGoFromDraftToClosedAndBackWhenItHappensAgain() {
        IncidentReport r = drafted();
        assertThat(r.allowedActions(nurse)).containsExactlyInAnyOrder(ReportAction.EDIT, ReportAction.SUBMIT, ReportAction.ATTACH);
        assertThat(r.allowedActions(admin)).as("a draft is not the administrator's yet").isEmpty();
        assertThatThrownBy(() -> r.acknowledge(admin, NOW)).isInstanceOf(ConflictException.class);
        r.submit(nurse, NOW);
        assertThat(events(r)).singleElement().isEqualTo(new SafetyEvent.ReportSubmitted(7, nurse));
        assertThatThrownBy(() -> r.edit(nurse, verbal(), NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.acknowledge(colleague, NOW)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> r.acknowledge(nurse, NOW)).as("the reporter does not acknowledge their own report")
                .isInstanceOf(ConflictException.class);
        r.respond(admin, ResponseKind.SHARED_WITH_DOCTOR, "電話で共有", TODAY, TODAY, NOW);
        assertThat(r.status()).isEqualTo(ReportStatus.IN_PROGRESS);
        assertThat(r.acknowledgedBy()).as("a response acknowledges it").isEqualTo(admin.memberId());
        assertThat(events(r)).hasSize(2).first().isInstanceOf(SafetyEvent.ReportAcknowledged.class);
        assertThatThrownBy(() -> r.respond(admin, ResponseKind.OTHER, " ", TODAY, TODAY, NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> r.respond(admin, ResponseKind.POLICE, null, TODAY.plusDays(1), TODAY, NOW))
                .isInstanceOf(InvalidInputException.class);
        r.close(admin, NOW);
        assertThat(r.allowedActions(admin)).containsExactly(ReportAction.REOPEN);
        assertThat(r.allowedActions(nurse)).containsExactly(ReportAction.REOPEN);
        assertThatThrownBy(() -> r.attach(nurse, "a.jpg", "image/jpeg", 10, "ab", NOW)).isInstanceOf(ConflictException.class);
        r.reopen(nurse);
        assertThat(r.status()).isEqualTo(ReportStatus.IN_PROGRESS);
        assertThat(r.closedAt()).isNull();
    }

    @Test
    void aReportNeedsAKindWordsAndATimeInThePastYear() {
        Incident empty = new Incident(NOW.plusSeconds(3600), null, Set.of(), Perpetrator.PATIENT, false, null, false, null, " ", null, null);
        assertThatThrownBy(() -> IncidentReport.draft(nurse, 100, null, empty, NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field)
                        .containsExactlyInAnyOrder("occurredAt", "kinds", "whatHappened"));
        assertThatThrownBy(() -> IncidentReport.draft(operator, 100, null, verbal(), NOW)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> IncidentReport.draft(stationProgram, 100, null, verbal(), NOW)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void evidenceIsAddedOnceEachAndAtMostTen() {
        IncidentReport r = drafted();
        r.attach(nurse, "photo.jpg", "image/jpeg", 100, "h0", NOW);
        assertThatThrownBy(() -> r.attach(nurse, "same.jpg", "image/jpeg", 100, "h0", NOW)).isInstanceOf(ConflictException.class);
        for (int i = 1; i < IncidentReport.MAX_EVIDENCE; i++) {
            r.attach(nurse, "p" + i + ".jpg", "image/jpeg", 100, "h" + i, NOW);
        }
        assertThat(r.allowedActions(nurse)).doesNotContain(ReportAction.ATTACH);
        assertThatThrownBy(() -> r.attach(nurse, "more.jpg", "image/jpeg", 100, "hx", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aChangedMeasureIsConfirmedAgainByEveryoneButANewReviewDateIsNot() {
        VisitMeasure.Standing manager = new VisitMeasure.Standing(true, true);
        VisitMeasure.Standing member = new VisitMeasure.Standing(true, false);
        VisitMeasure.Standing outsider = new VisitMeasure.Standing(false, false);
        assertThatThrownBy(() -> VisitMeasure.set(nurse, member, 1, MeasureKind.TWO_PERSON, null, null, TODAY, NOW))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> VisitMeasure.set(admin, manager, 1, MeasureKind.TIME_OF_DAY, " ", null, TODAY, NOW))
                .as("a time of day says which").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> VisitMeasure.set(admin, manager, 1, MeasureKind.TWO_PERSON, null, TODAY, TODAY, NOW))
                .as("a review date in the future").isInstanceOf(InvalidInputException.class);
        VisitMeasure m = VisitMeasure.set(admin, manager, 1, MeasureKind.TWO_PERSON, "長男在宅時", TODAY.plusMonths(3), TODAY, NOW);
        ReflectionTestUtils.setField(m, "id", 3L);
        assertThat(m.confirmedBy(admin.memberId())).as("who sets it has read it").isTrue();
        assertThat(m.confirmedBy(nurse.memberId())).isFalse();
        assertThatThrownBy(() -> m.confirm(otherAdmin, outsider, NOW)).isInstanceOf(AccessRefusedException.class);
        m.confirm(nurse, member, NOW);
        assertThat(m.confirmedBy(nurse.memberId())).isTrue();
        assertThatThrownBy(() -> m.confirm(nurse, member, NOW)).isInstanceOf(ConflictException.class);
        events(m);
        m.change(admin, manager, "長男在宅時", TODAY.plusMonths(6), TODAY, NOW);
        assertThat(m.revision()).isEqualTo(1);
        assertThat(m.confirmedBy(nurse.memberId())).isTrue();
        m.change(admin, manager, "常に二人で", TODAY.plusMonths(6), TODAY, NOW);
        assertThat(m.revision()).isEqualTo(2);
        assertThat(m.confirmedBy(nurse.memberId())).as("a changed measure is read again").isFalse();
        assertThat(events(m)).last().isEqualTo(new SafetyEvent.MeasureSet(3, 1, MeasureKind.TWO_PERSON, true, admin));
        assertThatThrownBy(() -> m.remove(nurse, member, NOW)).isInstanceOf(AccessRefusedException.class);
        m.remove(admin, manager, NOW);
        assertThatThrownBy(() -> m.confirm(nurse, member, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aTwoPersonVisitIsTwoPeopleOfTheFacilityOrANamedHelper() {
        PairVisit.Visit alone = new PairVisit.Visit(1, TODAY, LocalTime.NOON, 60, 10, 10L, null, PairBasis.FEE, null);
        assertThatThrownBy(() -> PairVisit.log(admin, alone, true, TODAY, NOW)).isInstanceOf(InvalidInputException.class);
        PairVisit.Visit both = new PairVisit.Visit(1, TODAY, null, null, 10, 11L, "山田", PairBasis.FEE, null);
        assertThatThrownBy(() -> PairVisit.log(admin, both, true, TODAY, NOW)).isInstanceOf(InvalidInputException.class);
        PairVisit.Visit helper = new PairVisit.Visit(1, TODAY, null, null, 10, null, "補助 山田", PairBasis.SUBSIDY, null);
        assertThatThrownBy(() -> PairVisit.log(admin, helper, false, TODAY, NOW)).as("staff of another facility")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().field()).isEqualTo("staffId"));
        PairVisit.Visit tomorrow = new PairVisit.Visit(1, TODAY.plusDays(1), null, null, 10, 11L, null, PairBasis.FEE, null);
        assertThatThrownBy(() -> PairVisit.log(admin, tomorrow, true, TODAY, NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(PairVisit.log(admin, helper, true, TODAY, NOW).partnerName()).isEqualTo("補助 山田");
    }

    @Test
    void smallCountsAreSuppressed() {
        assertThat(SafetyFigures.shown(0)).isZero();
        assertThat(SafetyFigures.shown(1)).isNull();
        assertThat(SafetyFigures.shown(4)).isNull();
        assertThat(SafetyFigures.shown(5)).isEqualTo(5);
    }
}
