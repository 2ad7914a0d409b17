package org.renkei.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.audit.AuditFilter;
import org.renkei.audit.AuditRecord;
import org.renkei.audit.AuditTrailService;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access rule, called as the pages and the API call it: team members in, everyone else out, and the
 * consent decides who may join. Every refusal is tried for reading and for writing.
 */
@RenkeiTest
class PatientAccessIntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired PatientService patients;
    @Autowired SummaryService summaries;
    @Autowired SummaryHistoryService versions;
    @Autowired CareTeamService teams;
    @Autowired ConsentService consents;
    @Autowired EmergencyAccessService emergency;
    @Autowired PatientAccess access;
    @Autowired AuditTrailService audit;
    @Autowired JdbcTemplate jdbc;

    record Circle(Area area, Place station, Place clinic, Actor nurse, Actor doctor, Actor outsider) {}

    private Circle circle() {
        Area area = fixtures.area();
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Place clinic = fixtures.facility(area, FacilityType.CLINIC);
        Actor nurse = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        Actor doctor = fixtures.actor(fixtures.member(clinic, Profession.PHYSICIAN).id());
        Actor outsider = fixtures.actor(fixtures.member(fixtures.facility(area, FacilityType.PHARMACY), Profession.PHARMACIST).id());
        return new Circle(area, station, clinic, nurse, doctor, outsider);
    }

    private void assertRefused(Actor actor, long patient) {
        assertThatThrownBy(() -> patients.open(actor, patient)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> versions.history(actor, patient)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> teams.team(actor, patient)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> consents.consent(actor, patient)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> summaries.saveSummary(actor, patient, current(patient), PatientSummary.empty(), null))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(patients.myPatients(actor, null, 0, 500)).extracting(PatientCard::id).doesNotContain(patient);
    }

    private int current(long patient) {
        Integer v = jdbc.queryForObject("SELECT summary_version FROM patient WHERE id = ?", Integer.class, patient);
        return v == null ? 0 : v;
    }

    @Test
    void theTeamReadsAndWritesAndEveryoneElseIsRefused() {
        Circle c = circle();
        long patient = fixtures.patient(c.nurse());
        teams.addMember(c.nurse(), patient, c.doctor().memberId(), TeamRole.PRIMARY_PHYSICIAN);

        assertThat(patients.open(c.doctor(), patient).header().access()).isEqualTo(Access.TEAM);
        summaries.saveSummary(c.doctor(), patient, 0, PatientSummary.empty(), "first");
        assertThat(patients.myPatients(c.doctor(), null, 0, 50)).extracting(PatientCard::id).contains(patient);

        assertRefused(c.outsider(), patient);
        assertRefused(c.area().admin(), patient);
        assertRefused(fixtures.operator(), patient);
        List<AuditRecord> refusals = audit.search(c.area().admin(),
                new AuditFilter(null, null, "patient.access-refused", null, null, c.outsider().memberId(), null, patient), 0, 50);
        assertThat(refusals).isNotEmpty();
    }

    @Test
    void aRemovedMemberIsRefusedAtOnce() {
        Circle c = circle();
        long patient = fixtures.patient(c.nurse());
        TeamEntry doctor = teams.addMember(c.nurse(), patient, c.doctor().memberId(), TeamRole.PRIMARY_PHYSICIAN);
        assertThat(patients.open(c.doctor(), patient)).isNotNull();

        teams.remove(c.nurse(), patient, doctor.id());

        assertRefused(c.doctor(), patient);
    }

    @Test
    void aFacilityExcludedFromBlanketConsentCannotJoinNorReadEvenIfPlacedOnTheTeam() {
        Circle c = circle();
        long patient = fixtures.patient(c.nurse(), c.clinic().facilityId());

        assertThatThrownBy(() -> teams.addMember(c.nurse(), patient, c.doctor().memberId(), TeamRole.PRIMARY_PHYSICIAN))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> teams.addFacility(c.nurse(), patient, c.clinic().facilityId(), TeamRole.PRIMARY_PHYSICIAN))
                .isInstanceOf(ConflictException.class);
        // the rule itself refuses, not only the invitation: a place written past the service does not open the record
        jdbc.update("INSERT INTO care_team_member (patient_id, member_id, role, added_at, added_by) VALUES (?, ?, 'PRIMARY_PHYSICIAN', NOW(), ?)",
                patient, c.doctor().memberId(), c.nurse().memberId());
        assertThat(access.access(c.doctor(), patient)).isEqualTo(Access.NONE);
        assertThatThrownBy(() -> patients.open(c.doctor(), patient)).isInstanceOf(AccessRefusedException.class);
        // the outsider's pharmacy is not excluded: invited, they may read
        teams.addMember(c.nurse(), patient, c.outsider().memberId(), TeamRole.PHARMACIST);
        assertThat(patients.open(c.outsider(), patient)).isNotNull();
    }

    @Test
    void individualConsentCoversOnlyWhoItNames() {
        Circle c = circle();
        long patient = fixtures.patientIndividual(c.nurse(), List.of(c.station().facilityId()), List.of(c.doctor().memberId()));

        teams.addMember(c.nurse(), patient, c.doctor().memberId(), TeamRole.PRIMARY_PHYSICIAN);
        assertThat(patients.open(c.doctor(), patient)).isNotNull();
        assertThatThrownBy(() -> teams.addMember(c.nurse(), patient, c.outsider().memberId(), TeamRole.PHARMACIST))
                .isInstanceOf(ConflictException.class);
        Actor doctorsColleague = fixtures.actor(fixtures.member(c.clinic(), Profession.PHYSICIAN).id());
        assertThatThrownBy(() -> teams.addMember(c.nurse(), patient, doctorsColleague.memberId(), TeamRole.SECONDARY_PHYSICIAN))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void afterWithdrawalOnlyTheManagingFacilityReadsAndNobodyWrites() {
        Circle c = circle();
        long patient = fixtures.patient(c.nurse());
        teams.addMember(c.nurse(), patient, c.doctor().memberId(), TeamRole.PRIMARY_PHYSICIAN);
        Actor stationAdmin = c.station().admin();

        assertThatThrownBy(() -> consents.withdraw(c.doctor(), patient, "本人の申し出")).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> consents.withdraw(c.nurse(), patient, " ")).isInstanceOf(InvalidInputException.class);
        consents.withdraw(c.nurse(), patient, "本人の申し出");

        assertRefused(c.doctor(), patient);
        PatientPage page = patients.open(c.nurse(), patient);
        assertThat(page.header().access()).isEqualTo(Access.FROZEN_READ);
        assertThat(patients.open(stationAdmin, patient).header().status()).isEqualTo(PatientStatus.FROZEN);
        assertThatThrownBy(() -> summaries.saveSummary(c.nurse(), patient, current(patient), PatientSummary.empty(), null))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> teams.addMember(c.nurse(), patient, c.outsider().memberId(), TeamRole.PHARMACIST))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> emergency.breakGlass(c.outsider(), patient, "救急搬送時の既往歴確認のため"))
                .isInstanceOf(ConflictException.class);
        assertThat(patients.myPatients(c.doctor(), null, 0, 100)).extracting(PatientCard::id).doesNotContain(patient);
        assertThat(patients.myPatients(c.nurse(), null, 0, 100)).filteredOn(p -> p.id() == patient)
                .extracting(PatientCard::status).containsExactly(PatientStatus.FROZEN);
    }

    @Test
    void breakGlassNeedsAReasonGivesReadingOnlyAndIsLogged() {
        Circle c = circle();
        long patient = fixtures.patient(c.nurse());

        assertThatThrownBy(() -> emergency.breakGlass(c.outsider(), patient, "")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> emergency.breakGlass(c.outsider(), patient, "急変")).isInstanceOf(InvalidInputException.class);
        assertRefused(c.outsider(), patient);

        emergency.breakGlass(c.outsider(), patient, "夜間往診の依頼。主治医不在のため既往歴を確認");

        PatientPage page = patients.open(c.outsider(), patient);
        assertThat(page.header().access()).isEqualTo(Access.EMERGENCY);
        assertThat(page.emergencyAccesses()).extracting(EmergencyAccessInfo::memberId).contains(c.outsider().memberId());
        assertThatThrownBy(() -> summaries.saveSummary(c.outsider(), patient, current(patient), PatientSummary.empty(), null))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(audit.search(c.area().admin(), new AuditFilter(null, null, "patient.break-glass", null, null,
                c.outsider().memberId(), null, patient), 0, 10)).singleElement()
                .extracting(AuditRecord::detail).asString().contains("主治医不在");
    }

    @Test
    void theEmergencySearchFindsOnlyExactMatches() {
        Circle c = circle();
        long patient = fixtures.patient(c.nurse());
        var birth = patients.open(c.nurse(), patient).header().birthDate();
        assertThat(emergency.find(c.outsider(), "しけん かんじゃ", birth)).extracting(EmergencyAccessService.Match::patientId).contains(patient);
        assertThat(emergency.find(c.outsider(), "シケンカンジャ", birth)).extracting(EmergencyAccessService.Match::patientId).contains(patient);
        assertThat(emergency.find(c.outsider(), "シケン", birth)).extracting(EmergencyAccessService.Match::patientId).doesNotContain(patient);
        assertThat(emergency.find(c.outsider(), "シケン カンジャ", birth.plusDays(1))).extracting(EmergencyAccessService.Match::patientId)
                .doesNotContain(patient);
    }

    @Test
    void onlyTheManagingFacilityOrThePrimaryPhysicianManagesTheTeam() {
        Circle c = circle();
        long patient = fixtures.patient(c.nurse());
        TeamEntry doctor = teams.addMember(c.nurse(), patient, c.doctor().memberId(), TeamRole.SECONDARY_PHYSICIAN);

        assertThatThrownBy(() -> teams.addMember(c.doctor(), patient, c.outsider().memberId(), TeamRole.PHARMACIST))
                .isInstanceOf(AccessRefusedException.class);
        teams.changeRole(c.nurse(), patient, doctor.id(), TeamRole.PRIMARY_PHYSICIAN);
        teams.addMember(c.doctor(), patient, c.outsider().memberId(), TeamRole.PHARMACIST);
        assertThat(teams.team(c.outsider(), patient)).hasSize(3);
    }
}
