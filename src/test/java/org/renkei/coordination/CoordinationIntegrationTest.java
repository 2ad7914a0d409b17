package org.renkei.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.directory.Capability;
import org.renkei.directory.CapabilityDeclaration;
import org.renkei.directory.CapabilityService;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Intake;
import org.renkei.directory.IntakeFilter;
import org.renkei.directory.Profession;
import org.renkei.patient.PatientService;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.TokyoCalendar;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The desk's work through the services: a hospital's request, candidates found by what they can do, inquiries answered
 * by each facility only, the match proposed and accepted, the matched facility invited into the team; the refusals:
 * another desk's queue, an anonymous request's identity, a patient whose consent leaves the desk out.
 */
@RenkeiTest
class CoordinationIntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired CoordinationService coordination;
    @Autowired CoordinationQueries queries;
    @Autowired DeskQueue desk;
    @Autowired CapabilityService capabilities;
    @Autowired SupplyDemandService supply;
    @Autowired PatientService patients;
    @Autowired JdbcTemplate jdbc;

    record World(Area area, Actor deskClerk, Actor msw, Actor doctorA, Actor doctorB, Actor nurse, long clinicA, long clinicB) {}

    World world() {
        Area area = fixtures.area();
        Place deskPlace = fixtures.facility(area, FacilityType.MUNICIPAL_SUPPORT_DESK);
        Place hospital = fixtures.facility(area, FacilityType.HOSPITAL);
        Place clinicA = fixtures.facility(area, FacilityType.CLINIC);
        Place clinicB = fixtures.facility(area, FacilityType.CLINIC);
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        for (Place clinic : List.of(clinicA, clinicB)) {
            var details = capabilities.get(clinic.admin(), clinic.facilityId());
            capabilities.declare(clinic.admin(), clinic.facilityId(), new CapabilityDeclaration(Set.of(Capability.VENTILATOR,
                    Capability.ROUND_THE_CLOCK), Set.of(area.districtId()), null, "9:00-18:00", Intake.ACCEPTING), details.version());
        }
        return new World(area, fixtures.actor(fixtures.member(deskPlace, Profession.PUBLIC_HEALTH_NURSE).id()),
                fixtures.actor(fixtures.member(hospital, Profession.MEDICAL_SOCIAL_WORKER).id()),
                fixtures.actor(fixtures.member(clinicA, Profession.PHYSICIAN).id()),
                fixtures.actor(fixtures.member(clinicB, Profession.PHYSICIAN).id()),
                fixtures.actor(fixtures.member(station, Profession.NURSE).id()), clinicA.facilityId(), clinicB.facilityId());
    }

    private RequestDetails file(World w) {
        return coordination.file(w.msw(), new CoordinationService.NewRequest(Need.HOME_DOCTOR, Set.of("VENTILATOR"),
                w.area().districtId(), LocalDate.now(TimeConfiguration.TOKYO).plusDays(7), "TPPV", null, 70, "MALE"));
    }

    @Test
    void aHospitalsRequestIsMatchedThroughInquiriesAndTheMatchedClinicIsInvitedToTheTeam() {
        World w = world();
        RequestDetails r = file(w);
        assertThat(r.status()).isEqualTo(CoordinationStatus.RECEIVED);
        LocalDate next = TokyoCalendar.nextBusinessDay(LocalDate.now(TimeConfiguration.TOKYO));
        assertThat(r.firstAnswerDue()).isEqualTo(next.atTime(17, 0).atZone(TimeConfiguration.TOKYO).toInstant());
        assertThat(desk.queue(w.deskClerk())).extracting(RequestRow::id).contains(r.id());

        List<Long> candidates = desk.candidates(w.deskClerk(), r.id(), IntakeFilter.ACCEPTING).stream().map(f -> f.id()).toList();
        assertThat(candidates).containsExactlyInAnyOrder(w.clinicA(), w.clinicB());
        RequestDetails asked = coordination.inquire(w.deskClerk(), r.id(), candidates);
        assertThat(asked.status()).isEqualTo(CoordinationStatus.INQUIRING);
        assertThat(desk.candidates(w.deskClerk(), r.id(), IntakeFilter.ANY)).as("the asked are left out").isEmpty();

        long toA = asked.inquiries().stream().filter(i -> i.facilityId() == w.clinicA()).findFirst().orElseThrow().id();
        long toB = asked.inquiries().stream().filter(i -> i.facilityId() == w.clinicB()).findFirst().orElseThrow().id();
        assertThat(queries.inbox(w.doctorA())).singleElement().satisfies(c -> {
            assertThat(c.patientAge()).isEqualTo(70);
            assertThat(c.mayAnswer()).isTrue();
        });
        assertThat(queries.inbox(w.nurse())).as("a facility sees only what it was asked").isEmpty();
        assertThatThrownBy(() -> coordination.answer(w.doctorB(), r.id(), toA, InquiryAnswer.ACCEPT, null, null))
                .isInstanceOf(AccessRefusedException.class);
        coordination.answer(w.doctorA(), r.id(), toA, InquiryAnswer.DECLINE, InquiryReason.CAPACITY, null);
        coordination.answer(w.doctorB(), r.id(), toB, InquiryAnswer.ACCEPT, null, "来週から可");
        assertThatThrownBy(() -> coordination.propose(w.msw(), r.id(), toB)).as("the desk proposes").isInstanceOf(ConflictException.class);
        coordination.propose(w.deskClerk(), r.id(), toB);
        assertThatThrownBy(() -> coordination.acceptMatch(w.nurse(), r.id())).isInstanceOf(AccessRefusedException.class);
        RequestDetails matched = coordination.acceptMatch(w.msw(), r.id());
        assertThat(matched.status()).isEqualTo(CoordinationStatus.MATCHED);
        assertThat(matched.timeline()).extracting(RequestDetails.Step::step)
                .containsExactly("FILED", "INQUIRED", "ANSWERED_DECLINE", "ANSWERED_ACCEPT", "PROPOSED", "MATCHED");
        assertThat(queries.inbox(w.doctorB()).getFirst().matchedHere()).isTrue();

        List<MonthDemand> months = supply.months(w.area().admin(), YearMonth.now(TimeConfiguration.TOKYO), YearMonth.now(TimeConfiguration.TOKYO));
        assertThat(months.getFirst().requests()).isEqualTo(1);
        assertThat(MonthDemand.cell(months.getFirst().matched())).as("under 5: suppressed").isEqualTo("<5");
        assertThat(supply.needsChart(w.deskClerk(), YearMonth.now(), YearMonth.now(), k -> k)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThatThrownBy(() -> supply.months(w.msw(), YearMonth.now(), YearMonth.now())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void anotherDeskAndOutsidersSeeNothingAndAnAnonymousRequestNamesNobody() {
        World w = world();
        World other = world();
        RequestDetails r = file(w);
        assertThat(desk.queue(other.deskClerk())).as("another desk's queue").noneMatch(x -> x.id() == r.id());
        assertThatThrownBy(() -> queries.details(other.deskClerk(), r.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> desk.queue(w.nurse())).as("not a desk").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> desk.candidates(other.deskClerk(), r.id(), IntakeFilter.ANY)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> coordination.inquire(other.deskClerk(), r.id(), List.of(other.clinicA())))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> coordination.inquire(w.deskClerk(), r.id(), List.of(other.clinicA())))
                .as("a facility of another association").isInstanceOf(InvalidInputException.class);
        RequestDetails seen = queries.details(w.deskClerk(), r.id());
        assertThat(seen.patientName()).isNull();
        assertThat(seen.patientId()).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action LIKE 'coordination.%' AND target_type = 'patient' "
                + "AND detail = ?", Long.class, "request " + r.id())).as("an anonymous request names no patient in the log").isZero();

        long patient = fixtures.patient(w.nurse());
        assertThatThrownBy(() -> coordination.file(w.msw(), new CoordinationService.NewRequest(Need.HOME_DOCTOR, Set.of(),
                w.area().districtId(), LocalDate.now(TimeConfiguration.TOKYO), null, patient, null, null)))
                .as("not the hospital's patient").isInstanceOf(AccessRefusedException.class);
        long deskFacility = w.deskClerk().facilityId();
        long excluding = fixtures.patient(w.nurse(), deskFacility);
        assertThatThrownBy(() -> coordination.file(w.nurse(), new CoordinationService.NewRequest(Need.HOME_DOCTOR, Set.of(),
                w.area().districtId(), LocalDate.now(TimeConfiguration.TOKYO), null, excluding, null, null)))
                .hasMessageContaining("coordination.consent-excludes-desk");
        RequestDetails linked = coordination.file(w.nurse(), new CoordinationService.NewRequest(Need.HOME_DOCTOR, Set.of("VENTILATOR"),
                w.area().districtId(), LocalDate.now(TimeConfiguration.TOKYO), null, patient, null, null));
        assertThat(queries.details(w.deskClerk(), linked.id()).patientName()).as("linked with consent: the desk sees who").isNotNull();
        long toA = coordination.inquire(w.deskClerk(), linked.id(), List.of(w.clinicA())).inquiries().getFirst().id();
        assertThat(queries.inbox(w.doctorA())).filteredOn(c -> c.requestId() == linked.id()).singleElement()
                .satisfies(c -> {
                    assertThat(c.patientAge()).as("the asked clinic gets an age").isNotNull();
                    assertThat(c.toString()).as("never a name").doesNotContain(queries.details(w.deskClerk(), linked.id()).patientName());
                });
        coordination.answer(w.doctorA(), linked.id(), toA, InquiryAnswer.ACCEPT, null, null);
        coordination.propose(w.deskClerk(), linked.id(), toA);
        coordination.acceptMatch(w.nurse(), linked.id());
        coordination.invite(w.nurse(), linked.id());
        assertThat(patients.open(w.doctorA(), patient).header().name()).as("invited into the team, the clinic reads the patient")
                .isNotBlank();
        assertThatThrownBy(() -> coordination.file(w.msw(), new CoordinationService.NewRequest(Need.HOME_DOCTOR, Set.of("FLYING"),
                w.area().districtId(), LocalDate.now(TimeConfiguration.TOKYO), null, null, 80, null)))
                .hasMessageContaining("coordination.unknown-capability");
    }
}
