package org.renkei.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberStatus;
import org.renkei.directory.Profession;
import org.renkei.events.MeetingAction;
import org.renkei.events.MeetingEvent;
import org.renkei.events.MeetingKind;
import org.renkei.events.MeetingPlan;
import org.renkei.events.RegistrationStatus;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.test.util.ReflectionTestUtils;

/** The meeting's rules without a database: seats, the waiting list, the door, groups, the survey, who may do what. */
class MeetingUnitTest {

    static final long ASSOCIATION = 7;
    static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
    static final Instant START = Instant.parse("2026-12-10T10:00:00Z");
    static final Organiser OFFICE = new Organiser(100, "医師会事務局", FacilityType.ASSOCIATION_OFFICE, ASSOCIATION);
    static final Actor ADMIN = new Actor(1, "office", "事務 太郎", 100L, "医師会事務局", ASSOCIATION, Set.of(Role.MEMBER, Role.ASSOCIATION_ADMIN));
    final AtomicLong ids = new AtomicLong(10);

    static MeetingPlan plan(Integer capacity, Map<Profession, Integer> quotas, Set<Profession> professions) {
        return new MeetingPlan(MeetingKind.TRAINING, "研修", null, START, START.plus(Duration.ofHours(2)), "会館", null, false, professions,
                Set.of(), capacity, quotas, null, true);
    }

    Meeting meeting(Integer capacity, Map<Profession, Integer> quotas) {
        Meeting m = Meeting.plan(ADMIN, OFFICE, plan(capacity, quotas, Set.of()), NOW);
        ReflectionTestUtils.setField(m, "id", 1L);
        return m;
    }

    @SuppressWarnings("unchecked")
    static List<Object> events(Meeting m) {
        return List.copyOf((java.util.Collection<Object>) java.util.Objects.requireNonNull(ReflectionTestUtils.invokeMethod(m, "domainEvents")));
    }

    record Person(Actor actor, Registrant registrant) {}

    Person person(Profession p) {
        long id = ids.incrementAndGet();
        Actor a = new Actor(id, "m" + id, "会員 " + id, 200L, "ステーション", ASSOCIATION, Set.of(Role.MEMBER));
        return new Person(a, new Registrant(id, a.name(), p, 200, "ステーション", FacilityType.VISITING_NURSE_STATION, ASSOCIATION,
                MemberStatus.ACTIVE, true));
    }

    RegistrationStatus register(Meeting m, Person p, int minutes) {
        return m.register(p.actor(), p.registrant(), true, NOW.plus(Duration.ofMinutes(minutes))).status();
    }

    @Test
    void seatsInAllAndPerProfessionConfirmOrPutOnTheWaitingListAndAFreedSeatGoesToTheFirstWhoFits() {
        Meeting m = meeting(3, Map.of(Profession.NURSE, 1));
        Person nurse = person(Profession.NURSE);
        Person doctor = person(Profession.PHYSICIAN);
        Person nurse2 = person(Profession.NURSE);
        Person cm = person(Profession.CARE_MANAGER);
        Person pharmacist = person(Profession.PHARMACIST);
        assertThat(register(m, nurse, 1)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(register(m, nurse2, 2)).as("the nurses' seat is taken").isEqualTo(RegistrationStatus.WAITING);
        assertThat(register(m, doctor, 3)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(register(m, cm, 4)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(register(m, pharmacist, 5)).as("all seats are taken").isEqualTo(RegistrationStatus.WAITING);

        m.cancel(doctor.actor(), doctor.actor().memberId(), NOW.plus(Duration.ofHours(1)));
        assertThat(m.registrationOf(nurse2.actor().memberId()).orElseThrow().status()).as("no nurse's seat").isEqualTo(RegistrationStatus.WAITING);
        assertThat(m.registrationOf(pharmacist.actor().memberId()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(events(m)).filteredOn(e -> e instanceof MeetingEvent.MovedUp).singleElement()
                .extracting(e -> ((MeetingEvent) e).memberId()).isEqualTo(pharmacist.actor().memberId());
        assertThat(m.confirmed()).isEqualTo(3);
        assertThat(m.waiting()).isEqualTo(1);

        // registering again after a cancellation: at the end of the queue
        assertThat(register(m, doctor, 90)).isEqualTo(RegistrationStatus.WAITING);
        assertThatThrownBy(() -> register(m, doctor, 91)).isInstanceOf(ConflictException.class).hasMessageContaining("already-registered");
    }

    @Test
    void whoMayNotRegister() {
        Meeting m = Meeting.plan(ADMIN, OFFICE, plan(null, Map.of(), Set.of(Profession.NURSE)), NOW);
        ReflectionTestUtils.setField(m, "id", 1L);
        Person nurse = person(Profession.NURSE);
        Registrant suspended = new Registrant(nurse.actor().memberId(), "x", Profession.NURSE, 200, "s", FacilityType.VISITING_NURSE_STATION,
                ASSOCIATION, MemberStatus.SUSPENDED, true);
        assertThatThrownBy(() -> m.register(nurse.actor(), suspended, true, NOW)).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("member-not-active");
        Registrant facilitySuspended = new Registrant(nurse.actor().memberId(), "x", Profession.NURSE, 200, "s",
                FacilityType.VISITING_NURSE_STATION, ASSOCIATION, MemberStatus.ACTIVE, false);
        assertThat(m.refusal(facilitySuspended)).isEqualTo("events.member-not-active");
        Registrant elsewhere = new Registrant(nurse.actor().memberId(), "x", Profession.NURSE, 200, "s", FacilityType.VISITING_NURSE_STATION,
                ASSOCIATION + 1, MemberStatus.ACTIVE, true);
        assertThat(m.refusal(elsewhere)).isEqualTo("events.not-open-to-you");
        assertThat(m.refusal(person(Profession.PHYSICIAN).registrant())).isEqualTo("events.not-for-profession");
        Person other = person(Profession.NURSE);
        assertThatThrownBy(() -> m.register(other.actor(), nurse.registrant(), true, NOW)).as("for oneself only")
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> m.register(nurse.actor(), nurse.registrant(), true, START)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("registration-closed");
        assertThat(m.allowedActions(nurse.actor(), nurse.registrant(), NOW)).contains(MeetingAction.REGISTER)
                .doesNotContain(MeetingAction.EDIT, MeetingAction.SEE_PARTICIPANTS);
        assertThat(m.allowedActions(nurse.actor(), suspended, NOW)).doesNotContain(MeetingAction.REGISTER);
    }

    @Test
    void organisersAndTheirPlanChecks() {
        Actor stationAdmin = new Actor(2, "s", "s", 200L, "s", ASSOCIATION, Set.of(Role.MEMBER, Role.FACILITY_ADMIN));
        assertThatThrownBy(() -> Meeting.plan(stationAdmin, new Organiser(200, "s", FacilityType.VISITING_NURSE_STATION, ASSOCIATION),
                plan(null, Map.of(), Set.of()), NOW)).isInstanceOf(AccessRefusedException.class);
        Actor otherAssociation = new Actor(3, "o", "o", 300L, "o", ASSOCIATION + 1, Set.of(Role.MEMBER, Role.ASSOCIATION_ADMIN));
        assertThatThrownBy(() -> Meeting.plan(otherAssociation, OFFICE, plan(null, Map.of(), Set.of()), NOW))
                .isInstanceOf(AccessRefusedException.class);
        Actor program = new Actor(4, "p", "p", 100L, "o", ASSOCIATION, Set.of(Role.MEMBER, Role.API_CLIENT));
        assertThat(OFFICE.administeredBy(program)).as("the office's own program").isTrue();
        MeetingPlan bad = new MeetingPlan(MeetingKind.TRAINING, " ", null, NOW.minusSeconds(1), NOW.minusSeconds(2), null, "http://x", false,
                Set.of(Profession.NURSE), Set.of(), 2, Map.of(Profession.PHYSICIAN, 1), START, false);
        assertThatThrownBy(() -> Meeting.plan(ADMIN, OFFICE, bad, NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field)
                        .contains("title", "startsAt", "endsAt", "videoUrl", "quotas", "deadline"));
    }

    @Test
    void theDoorGroupsAndTheSurvey() {
        Meeting m = meeting(null, Map.of());
        List<Person> people = List.of(person(Profession.NURSE), person(Profession.NURSE), person(Profession.PHYSICIAN),
                person(Profession.PHYSICIAN), person(Profession.CARE_MANAGER), person(Profession.CARE_MANAGER));
        for (int i = 0; i < people.size(); i++) {
            register(m, people.get(i), i);
        }
        Person first = people.getFirst();
        assertThatThrownBy(() -> m.checkIn(first.actor(), first.registrant(), m.checkInCode(), START.minus(Duration.ofHours(2))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("door-closed");
        assertThatThrownBy(() -> m.checkIn(first.actor(), first.registrant(), "nope", START)).isInstanceOf(AccessRefusedException.class);
        // confirmed, but suspended (or their facility is) since: no check-in, no certificate; nor in another's name
        Person second = people.get(1);
        Registrant own = second.registrant();
        Registrant suspended = new Registrant(own.memberId(), own.name(), own.profession(), own.facilityId(), own.facilityName(), own.facilityType(),
                own.associationId(), MemberStatus.SUSPENDED, true);
        Registrant facilityClosed = new Registrant(own.memberId(), own.name(), own.profession(), own.facilityId(), own.facilityName(),
                own.facilityType(), own.associationId(), MemberStatus.ACTIVE, false);
        assertThatThrownBy(() -> m.checkIn(second.actor(), suspended, m.checkInCode(), START)).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("events.member-not-active");
        assertThatThrownBy(() -> m.checkIn(second.actor(), facilityClosed, m.checkInCode(), START))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("events.member-not-active");
        assertThatThrownBy(() -> m.checkIn(first.actor(), own, m.checkInCode(), START)).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("events.not-yours");
        assertThat(m.registrationOf(own.memberId()).orElseThrow().attended()).isFalse();
        m.checkIn(first.actor(), first.registrant(), m.checkInCode(), START.minus(Duration.ofMinutes(30)));
        assertThat(m.registrationOf(first.actor().memberId()).orElseThrow().certificateCode()).hasSize(16);
        assertThatThrownBy(() -> m.markAttendance(first.actor(), people.get(1).actor().memberId(), true, START))
                .isInstanceOf(AccessRefusedException.class);
        people.forEach(p -> m.markAttendance(ADMIN, p.actor().memberId(), true, START));

        assertThat(m.formGroups(ADMIN, 3)).isEqualTo(2);
        for (int g = 1; g <= 2; g++) {
            int group = g;
            assertThat(m.registrations().stream().filter(r -> Integer.valueOf(group).equals(r.groupNo())).map(Registration::profession))
                    .as("one of each profession in group " + g).containsExactlyInAnyOrder(Profession.NURSE, Profession.PHYSICIAN,
                            Profession.CARE_MANAGER);
        }
        m.moveToGroup(ADMIN, first.actor().memberId(), 2);
        assertThat(m.registrationOf(first.actor().memberId()).orElseThrow().groupNo()).isEqualTo(2);

        assertThatThrownBy(() -> m.answerSurvey(first.actor(), 6, null, START)).isInstanceOf(InvalidInputException.class);
        m.answerSurvey(first.actor(), 4, "  ", START);
        assertThatThrownBy(() -> m.answerSurvey(first.actor(), 4, null, START)).isInstanceOf(ConflictException.class);
        assertThat(m.allowedActions(first.actor(), first.registrant(), START)).contains(MeetingAction.DOWNLOAD_CERTIFICATE)
                .doesNotContain(MeetingAction.ANSWER_SURVEY, MeetingAction.CANCEL_REGISTRATION);
        m.markAttendance(ADMIN, first.actor().memberId(), false, START);
        assertThat(m.registrationOf(first.actor().memberId()).orElseThrow().certificateCode()).isNull();
        m.callOff(ADMIN, START);
        assertThatThrownBy(() -> m.checkIn(people.get(1).actor(), people.get(1).registrant(), m.checkInCode(), START)).isInstanceOf(ConflictException.class);
    }
}
