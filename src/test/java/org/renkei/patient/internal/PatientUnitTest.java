package org.renkei.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renkei.patient.ConsentModel;
import org.renkei.patient.PatientEvent;
import org.renkei.patient.PatientStatus;
import org.renkei.patient.Sex;
import org.renkei.patient.TeamRole;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The patient module's aggregates without a database: the versioned summary, consent withdrawal, the care team and
 * transfers, each refusing what it must and telling what happened.
 */
class PatientUnitTest {

    static final long STATION = 1, CLINIC = 2, ELSEWHERE = 9;
    static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    static Actor at(long facility, long member, Role... roles) {
        return new Actor(member, "m" + member, "職員" + member, facility, "施設" + facility, 1L,
                roles.length == 0 ? Set.of(Role.MEMBER) : Set.of(roles));
    }

    final Actor nurse = at(STATION, 10);
    final Actor doctor = at(CLINIC, 20);
    final Actor clinicAdmin = at(CLINIC, 21, Role.MEMBER, Role.FACILITY_ADMIN);
    final Actor outsider = at(ELSEWHERE, 90, Role.MEMBER, Role.FACILITY_ADMIN);

    final Patient patient = withId(Patient.register(STATION, 1, nurse.memberId(), nurse.name(),
            new Patient.Identity("試験 花子", "シケン ハナコ", LocalDate.of(1940, 1, 1), Sex.FEMALE, null, null, null), NOW), 5);

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

    @Test
    void theSummaryMovesOnOneVersionAtATimeAndRefusesAStaleBase() {
        assertThat(patient.reviseSummary(nurse, 0, "初回", false, NOW, IllegalStateException::new)).isEqualTo(1);
        assertThat(events(patient)).containsExactly(new PatientEvent.SummaryRevised(5, 1, "初回", false, nurse));

        assertThatThrownBy(() -> patient.reviseSummary(doctor, 0, null, false, NOW, () -> new ConflictException("summary.stale")))
                .isInstanceOf(ConflictException.class);
        assertThat(patient.summaryVersion()).isEqualTo(1);
        assertThat(events(patient)).isEmpty();
    }

    @Test
    void onlyTheManagingFacilityWithdrawsConsentWithAReasonAndTheRecordFreezes() {
        Consent consent = withId(new Consent(5, ConsentModel.BLANKET, LocalDate.of(2026, 10, 1), nurse.memberId(), "試験 花子",
                "本人", NOW), 3);
        assertThatThrownBy(() -> consent.withdraw(doctor, patient, "理由", Set.of(10L, 20L), NOW))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> consent.withdraw(nurse, patient, "  ", Set.of(10L, 20L), NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(patient.status()).isEqualTo(PatientStatus.ACTIVE);
        assertThat(events(consent)).isEmpty();

        consent.withdraw(nurse, patient, " 本人の希望 ", Set.of(10L, 20L), NOW);
        assertThat(patient.status()).isEqualTo(PatientStatus.FROZEN);
        assertThat(events(consent)).containsExactly(new PatientEvent.ConsentWithdrawn(5, "本人の希望", Set.of(10L, 20L), nurse));
        assertThatThrownBy(() -> patient.reviseSummary(nurse, 0, null, false, NOW, IllegalStateException::new))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> consent.withdraw(nurse, patient, "再度", Set.of(), NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aMemberIsNotInvitedTwiceInARoleAndOnlyTheManagingSideRemovesOthers() {
        TeamMembership own = withId(TeamMembership.ofMember(5, nurse.memberId(), TeamRole.VISITING_NURSE, 10, NOW), 100);
        TeamMembership theDoctor = withId(TeamMembership.ofMember(5, doctor.memberId(), TeamRole.PRIMARY_PHYSICIAN, 10, NOW), 101);
        CareTeam team = CareTeam.of(patient, List.of(own, theDoctor));

        assertThatThrownBy(() -> team.invite(nurse, doctor.memberId(), "職員20", TeamRole.PRIMARY_PHYSICIAN, NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(team.invite(nurse, doctor.memberId(), "職員20", TeamRole.SUPPORT_DESK, NOW).role())
                .isEqualTo(TeamRole.SUPPORT_DESK);

        assertThatThrownBy(() -> team.remove(doctor, 100, false, NOW)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> team.remove(nurse, 999, true, NOW)).isInstanceOf(NotFoundException.class);
        assertThat(events(own)).isEmpty();

        team.remove(doctor, 101, false, NOW);
        assertThat(events(theDoctor)).containsExactly(
                new PatientEvent.TeamLeft(5, 101, doctor.memberId(), null, TeamRole.PRIMARY_PHYSICIAN, true, doctor));
        team.remove(nurse, 100, true, NOW);
        assertThat(events(own)).singleElement().isInstanceOfSatisfying(PatientEvent.TeamLeft.class,
                left -> assertThat(left.own()).isTrue());
    }

    @Test
    void aFacilityOnTheTeamIsNotAddedAgainByAHandoff() {
        TeamMembership station = withId(TeamMembership.ofFacility(5, CLINIC, TeamRole.PRIMARY_PHYSICIAN, 10, NOW), 100);
        assertThat(CareTeam.of(patient, List.of(station)).hasFacility(CLINIC)).isTrue();
        assertThat(CareTeam.of(patient, List.of(station)).hasFacility(ELSEWHERE)).isFalse();
    }

    @Test
    void onlyTheManagingFacilityAsksAndOnlyTheReceiversAdministratorDecidesOnce() {
        assertThatThrownBy(() -> Transfer.request(doctor, patient, CLINIC, true, null, NOW))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> Transfer.request(nurse, patient, CLINIC, false, null, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Transfer.request(nurse, patient, STATION, true, null, NOW))
                .isInstanceOf(InvalidInputException.class);

        Transfer transfer = withId(Transfer.request(nurse, patient, CLINIC, true, " 転居 ", NOW), 7).requested(nurse);
        assertThat(events(transfer)).containsExactly(new PatientEvent.TransferRequested(5, 7, CLINIC, nurse));

        assertThatThrownBy(() -> transfer.decide(doctor, patient, true, null, NOW, 1)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> transfer.decide(outsider, patient, true, null, NOW, 1)).isInstanceOf(AccessRefusedException.class);
        assertThat(patient.managingFacilityId()).isEqualTo(STATION);

        transfer.decide(clinicAdmin, patient, true, null, NOW, 1);
        assertThat(patient.managingFacilityId()).isEqualTo(CLINIC);
        assertThat(events(transfer)).containsExactly(
                new PatientEvent.TransferDecided(5, 7, STATION, CLINIC, true, null, clinicAdmin));
        assertThatThrownBy(() -> transfer.decide(clinicAdmin, patient, false, null, NOW, 1)).isInstanceOf(ConflictException.class);
    }
}
