package org.renkei.beds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renkei.beds.BedAction;
import org.renkei.beds.BedEvent;
import org.renkei.beds.DeclineReason;
import org.renkei.beds.Purpose;
import org.renkei.beds.RequestStatus;
import org.renkei.beds.Transport;
import org.renkei.beds.Urgency;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.test.util.ReflectionTestUtils;

/** The backup-bed rules and steps without a database: the programme's rules, a request's life, a hospital's figure. */
class BedsUnitTest {

    static final long HOSPITAL = 1, CLINIC = 2, STATION = 3, ASSOCIATION = 100;
    static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static Actor at(long facility, long member, Role... roles) {
        Set<Role> all = new java.util.HashSet<>(List.of(roles));
        all.add(Role.MEMBER);
        return new Actor(member, "m" + member, "職員" + member, facility, "施設" + facility, ASSOCIATION, all);
    }

    final Actor msw = at(HOSPITAL, 10);
    final Actor doctor = at(CLINIC, 20);
    final Actor nurse = at(STATION, 30);
    final Actor stranger = at(99, 90);
    final Actor admin = at(98, 80, Role.ASSOCIATION_ADMIN);

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

    BedProgramme programme() {
        return withId(BedProgramme.create(admin, ASSOCIATION, 5, 98, "試験", new BedProgramme.Rules(40,
                EnumSet.of(Purpose.SEMI_EMERGENCY, Purpose.PNEUMONIA), 14, 30, null, false, 30, 240), NOW), 3);
    }

    @Test
    void theProgrammesRulesNameWhatTheyRefuse() {
        assertThatThrownBy(() -> BedProgramme.create(stranger, ASSOCIATION, 5, 98, "x", programme().rules(), NOW))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> BedProgramme.create(admin, ASSOCIATION, 5, 98, " ", new BedProgramme.Rules(null, Set.of(), 0, -1,
                null, false, 1, 1), NOW)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(InvalidInputException.Problem::field)
                        .contains("name", "purposes", "longestStayDays", "reuseGapDays", "answerMinutes"));
        BedProgramme p = programme();
        p.check(40, Purpose.PNEUMONIA, null, TODAY);
        assertThatThrownBy(() -> p.check(39, Purpose.PNEUMONIA, null, TODAY)).hasMessageContaining("beds.rule.min-age");
        assertThatThrownBy(() -> p.check(80, Purpose.RESPITE, null, TODAY)).hasMessageContaining("beds.rule.no-respite");
        assertThatThrownBy(() -> p.check(80, Purpose.FEVER_DEHYDRATION, null, TODAY)).hasMessageContaining("beds.rule.purpose");
        assertThatThrownBy(() -> p.check(80, Purpose.PNEUMONIA, TODAY.minusDays(29), TODAY)).hasMessageContaining("beds.rule.reuse-gap");
        p.check(80, Purpose.PNEUMONIA, TODAY.minusDays(30), TODAY);
        assertThat(p.answerWithin(Urgency.TODAY)).isEqualTo(Duration.ofMinutes(30));
        assertThat(p.answerWithin(Urgency.WITHIN_48H)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aNursesDraftWaitsForTheDoctorAndOnlyTheHospitalAnswers() {
        BedRequest r = withId(BedRequest.draft(nurse, 3, 7, 50, ASSOCIATION, doctor.memberId(),
                new BedRequest.Ask(Purpose.PNEUMONIA, Urgency.TODAY, Transport.FAMILY, null), null, NOW), 60);
        r.drafted(nurse, Duration.ofMinutes(30), null, NOW);
        assertThat(r.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(events(r)).singleElement().isInstanceOf(BedEvent.RequestDrafted.class);
        assertThat(r.allowedActions(nurse, HOSPITAL, NOW)).containsExactly(BedAction.WITHDRAW);
        assertThat(r.allowedActions(msw, HOSPITAL, NOW)).as("the hospital does not see drafts").isEmpty();
        assertThatThrownBy(() -> r.confirm(stranger, Duration.ofMinutes(30), null, NOW)).isInstanceOf(AccessRefusedException.class);
        Actor program = at(CLINIC, 20, Role.API_CLIENT);
        assertThatThrownBy(() -> r.confirm(program, Duration.ofMinutes(30), null, NOW)).as("a person confirms").isInstanceOf(ConflictException.class);
        r.confirm(doctor, Duration.ofMinutes(30), null, NOW);
        assertThat(r.dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThatThrownBy(() -> r.accept(nurse, HOSPITAL, NOW.plusSeconds(3600), NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.accept(stranger, HOSPITAL, NOW.plusSeconds(3600), NOW)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> r.accept(msw, HOSPITAL, NOW.plus(Duration.ofDays(3)), NOW)).hasMessageContaining("beds.arrive-by");
        assertThat(r.expire(doctor, NOW.plus(Duration.ofMinutes(29)))).isFalse();
        r.accept(msw, HOSPITAL, NOW.plusSeconds(3600), NOW.plusSeconds(60));
        assertThat(r.expire(doctor, NOW.plus(Duration.ofHours(2)))).as("answered: no expiry").isFalse();
        r.admit(msw, HOSPITAL, TODAY, TODAY, NOW);
        assertThatThrownBy(() -> r.withdraw(nurse, NOW)).as("admitted: not withdrawn").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.discharge(msw, HOSPITAL, TODAY.minusDays(1), TODAY, NOW)).hasMessageContaining("beds.date-range");
        r.discharge(msw, HOSPITAL, TODAY, TODAY, NOW);
        assertThat(r.status()).isEqualTo(RequestStatus.DISCHARGED);
    }

    @Test
    void theDoctorsOwnRequestAndAForwardedOneGoAtOnceAndUnansweredOnesExpire() {
        BedRequest own = withId(BedRequest.draft(doctor, 3, 7, 50, ASSOCIATION, doctor.memberId(),
                new BedRequest.Ask(Purpose.PNEUMONIA, Urgency.TODAY, Transport.FAMILY, null), null, NOW), 61);
        own.drafted(doctor, Duration.ofMinutes(30), null, NOW);
        assertThat(own.status()).isEqualTo(RequestStatus.REQUESTED);
        assertThat(own.expire(doctor, NOW.plus(Duration.ofMinutes(30)))).isTrue();
        assertThat(own.expire(doctor, NOW.plus(Duration.ofMinutes(31)))).as("once").isFalse();
        assertThat(own.allowedActions(nurse, HOSPITAL, NOW)).as("not the drafter, not the doctor").isEmpty();
        assertThat(own.allowedActions(doctor, HOSPITAL, NOW)).containsExactly(BedAction.FORWARD);
        BedRequest next = withId(BedRequest.draft(nurse, 3, 8, 50, ASSOCIATION, doctor.memberId(),
                new BedRequest.Ask(Purpose.PNEUMONIA, Urgency.TODAY, Transport.FAMILY, null), 61L, NOW), 62);
        next.drafted(nurse, Duration.ofMinutes(30), null, NOW);
        assertThat(next.status()).isEqualTo(RequestStatus.REQUESTED);
        next.decline(msw, HOSPITAL, DeclineReason.FULL, null, NOW);
        assertThat(next.allowedActions(nurse, HOSPITAL, NOW)).containsExactly(BedAction.FORWARD);
    }

    @Test
    void inTheDesksHoursTheRequestWaitsAtTheDeskWhichPassesItOnOrThePortalDoesAfterTheAnswerTime() {
        long desk = 98;
        Actor clerk = at(desk, 70);
        BedRequest r = withId(BedRequest.draft(doctor, 3, 7, 50, ASSOCIATION, doctor.memberId(),
                new BedRequest.Ask(Purpose.PNEUMONIA, Urgency.TODAY, Transport.FAMILY, null), null, NOW), 63);
        r.drafted(doctor, Duration.ofMinutes(30), desk, NOW);
        assertThat(r.status()).isEqualTo(RequestStatus.AT_DESK);
        assertThat(events(r)).singleElement().isInstanceOf(BedEvent.RequestAtDesk.class);
        assertThat(r.allowedActions(msw, HOSPITAL, NOW)).as("the hospital waits for the desk").isEmpty();
        assertThat(r.allowedActions(clerk, HOSPITAL, NOW)).containsExactly(BedAction.PASS_ON);
        assertThatThrownBy(() -> r.passOn(stranger, Duration.ofMinutes(30), NOW)).isInstanceOf(AccessRefusedException.class);
        assertThat(r.passOnLate(doctor, Duration.ofMinutes(30), NOW.plus(Duration.ofMinutes(29)))).isFalse();
        r.passOn(clerk, Duration.ofMinutes(30), NOW.plus(Duration.ofMinutes(10)));
        assertThat(r.status()).isEqualTo(RequestStatus.REQUESTED);
        assertThat(r.dueAt()).as("the hospital's time starts now").isEqualTo(NOW.plus(Duration.ofMinutes(40)));

        BedRequest late = withId(BedRequest.draft(doctor, 3, 7, 51, ASSOCIATION, doctor.memberId(),
                new BedRequest.Ask(Purpose.PNEUMONIA, Urgency.TODAY, Transport.FAMILY, null), null, NOW), 64);
        late.drafted(doctor, Duration.ofMinutes(30), desk, NOW);
        assertThat(late.passOnLate(doctor, Duration.ofMinutes(30), NOW.plus(Duration.ofMinutes(30)))).isTrue();
        assertThat(late.status()).isEqualTo(RequestStatus.REQUESTED);
        assertThat(late.passOnLate(doctor, Duration.ofMinutes(30), NOW.plus(Duration.ofMinutes(31)))).as("once").isFalse();
    }

    @Test
    void aHospitalsFigureIsItsStaffsAndGoesStaleAfterADay() {
        BedHospital h = withId(BedHospital.join(admin, programme(), HOSPITAL, 2, "03-0000-0000", "24時間"), 7);
        assertThatThrownBy(() -> BedHospital.join(stranger, programme(), HOSPITAL, 2, "03", "x")).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> h.updateFree(nurse, 1, NOW)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> h.updateFree(msw, 100, NOW)).isInstanceOf(InvalidInputException.class);
        h.updateFree(msw, 2, NOW);
        assertThat(events(h)).singleElement().isInstanceOf(BedEvent.AvailabilityUpdated.class);
        assertThat(h.knownFree(NOW.plus(Duration.ofHours(23)))).isEqualTo(2);
        assertThat(h.fresh(NOW.plus(Duration.ofHours(24)))).isFalse();
        assertThat(h.knownFree(NOW.plus(Duration.ofHours(25)))).as("a stale figure is no figure").isZero();
    }
}
