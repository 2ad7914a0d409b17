package org.renkei.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
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
import org.renkei.notification.Notice;
import org.renkei.notification.NoticeService;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;

@RenkeiTest
class PatientServiceIntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired PatientAccess access;
    @Autowired PatientService patients;
    @Autowired SummaryService summaries;
    @Autowired SummaryHistoryService versions;
    @Autowired RegistrationService registrations;
    @Autowired TransferService transfers;
    @Autowired CareTeamService teams;
    @Autowired ConsentService consents;
    @Autowired AuditTrailService audit;
    @Autowired NoticeService notices;

    record Pair(Area area, Actor nurse, Actor doctor, long patient) {}

    private Pair pair() {
        Area area = fixtures.area();
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Place clinic = fixtures.facility(area, FacilityType.CLINIC);
        Actor nurse = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        Actor doctor = fixtures.actor(fixtures.member(clinic, Profession.PHYSICIAN).id());
        long patient = fixtures.patient(nurse);
        teams.addMember(nurse, patient, doctor.memberId(), TeamRole.PRIMARY_PHYSICIAN);
        return new Pair(area, nurse, doctor, patient);
    }

    private static PatientSummary withNotes(String notes) {
        PatientSummary e = PatientSummary.empty();
        return new PatientSummary(List.of(new PatientSummary.Problem("慢性心不全", null, true, null)), e.medications(),
                e.allergies(), e.contraindications(), PatientSummary.CareLevel.CARE_3, null, null, null, e.adl(), e.devices(),
                null, e.contacts(), e.acp(), e.safetyFlags(), null, notes);
    }

    @Test
    void everySaveIsANewVersionWithItsAuthorAndTheOldOnesStay() {
        Pair p = pair();
        summaries.saveSummary(p.nurse(), p.patient(), 0, withNotes("初回"), "初回登録");
        summaries.saveSummary(p.doctor(), p.patient(), 1, withNotes("夜間の呼吸苦あり"), "症状を追記");

        List<VersionInfo> history = versions.history(p.doctor(), p.patient());
        assertThat(history).extracting(VersionInfo::version).containsExactly(2, 1, 0);
        assertThat(history.getFirst().authorName()).isEqualTo(p.doctor().name());
        assertThat(history.get(1).authorName()).isEqualTo(p.nurse().name());
        assertThat(versions.version(p.nurse(), p.patient(), 1).summary().notes()).isEqualTo("初回");
        assertThat(patients.open(p.nurse(), p.patient()).current().summary().notes()).isEqualTo("夜間の呼吸苦あり");
    }

    @Test
    void twoMembersSavingFromTheSameVersionDoNotOverwriteEachOther() {
        Pair p = pair();
        int base = patients.open(p.nurse(), p.patient()).current().info().version();
        patients.open(p.doctor(), p.patient());
        summaries.saveSummary(p.nurse(), p.patient(), base, withNotes("看護師の変更"), null);

        assertThatThrownBy(() -> summaries.saveSummary(p.doctor(), p.patient(), base, withNotes("医師の変更"), null))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("summary.stale");
                    assertThat(e.arguments()).contains(p.nurse().name());
                });
        assertThat(patients.open(p.doctor(), p.patient()).current().summary().notes()).isEqualTo("看護師の変更");
        assertThat(versions.history(p.doctor(), p.patient())).hasSize(2);
    }

    @Test
    void theDifferenceBetweenTwoVersionsNamesOnlyTheChangedSections() {
        Pair p = pair();
        summaries.saveSummary(p.nurse(), p.patient(), 0, withNotes("初回"), null);
        summaries.saveSummary(p.nurse(), p.patient(), 1, withNotes("変更後"), null);

        SummaryDiff diff = versions.diff(p.doctor(), p.patient(), 1, 2, key -> key);

        assertThat(diff.sections()).extracting(SummaryDiff.SectionChange::section).containsExactly("notes");
        assertThat(diff.sections().getFirst().lines()).containsExactly(
                new SummaryDiff.Line(SummaryDiff.Kind.REMOVED, "初回"), new SummaryDiff.Line(SummaryDiff.Kind.ADDED, "変更後"));
    }

    @Test
    void myPatientsShowWhatChangedSinceILastLooked() {
        Pair p = pair();
        patients.open(p.doctor(), p.patient());
        assertThat(card(p.doctor(), p.patient()).changedSinceSeen()).isFalse();

        summaries.saveSummary(p.nurse(), p.patient(), 0, withNotes("更新"), null);

        assertThat(card(p.doctor(), p.patient()).changedSinceSeen()).isTrue();
        assertThat(card(p.nurse(), p.patient()).changedSinceSeen()).isFalse();
        assertThat(card(p.doctor(), p.patient()).myRoles()).containsExactly(TeamRole.PRIMARY_PHYSICIAN);
        patients.open(p.doctor(), p.patient());
        assertThat(card(p.doctor(), p.patient()).changedSinceSeen()).isFalse();
        assertThat(patients.myPatients(p.doctor(), "しけん", 0, 50)).extracting(PatientCard::id).contains(p.patient());
        assertThat(patients.myPatients(p.doctor(), "該当なし", 0, 50)).isEmpty();
    }

    private PatientCard card(Actor actor, long patient) {
        return patients.myPatients(actor, null, 0, 200).stream().filter(c -> c.id() == patient).findFirst().orElseThrow();
    }

    @Test
    void aWholeFacilityOnTheTeamBringsAllItsMembers() {
        Area area = fixtures.area();
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Place pharmacy = fixtures.facility(area, FacilityType.PHARMACY);
        Actor nurse = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        Actor pharmacist = fixtures.actor(fixtures.member(pharmacy, Profession.PHARMACIST).id());
        long patient = fixtures.patient(nurse);

        teams.addFacility(nurse, patient, pharmacy.facilityId(), TeamRole.PHARMACIST);

        assertThat(patients.open(pharmacist, patient)).isNotNull();
        assertThat(patients.myPatients(pharmacist, null, 0, 50)).extracting(PatientCard::id).contains(patient);
    }

    @Test
    void theTeamIsToldOfChangesAndOfWithdrawal() {
        Pair p = pair();
        summaries.saveSummary(p.nurse(), p.patient(), 0, withNotes("更新"), null);
        consents.withdraw(p.nurse(), p.patient(), "家族の希望");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notices.newest(p.doctor(), 10))
                .extracting(Notice::messageKey).contains("notice.summary-edited", "notice.consent-withdrawn"));
        assertThat(notices.unread(p.doctor())).isGreaterThanOrEqualTo(2);
        notices.markAllRead(p.doctor());
        assertThat(notices.unread(p.doctor())).isZero();
    }

    @Test
    void everyReadAndChangeIsInTheAccessLogForWhoSawThisPatientAndWhatAMemberLookedAt() {
        Pair p = pair();
        patients.open(p.doctor(), p.patient());
        versions.history(p.doctor(), p.patient());
        summaries.saveSummary(p.doctor(), p.patient(), 0, withNotes("閲覧記録"), null);

        List<AuditRecord> whoSaw = audit.search(p.area().admin(), new AuditFilter(null, null, null, null, null, null, null,
                p.patient()), 0, 100);
        assertThat(whoSaw).extracting(AuditRecord::action)
                .contains("patient.registered", "patient.team-member-added", "patient.viewed", "patient.history-viewed",
                        "patient.summary-edited");
        List<AuditRecord> lookedAt = audit.search(p.area().admin(), new AuditFilter(null, null, "patient.viewed", null, null,
                p.doctor().memberId(), null, null), 0, 100);
        assertThat(lookedAt).extracting(AuditRecord::patientId).contains(p.patient());
    }

    @Test
    void theManagingFacilityHandsThePatientOverAndOnlyTheReceivingAdministratorDecides() {
        Area area = fixtures.area();
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Place other = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Actor nurse = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        Actor otherNurse = fixtures.actor(fixtures.member(other, Profession.NURSE).id());
        long patient = fixtures.patient(nurse);

        assertThatThrownBy(() -> transfers.requestTransfer(nurse, patient, other.facilityId(), false, null))
                .isInstanceOf(InvalidInputException.class);
        transfers.requestTransfer(nurse, patient, other.facilityId(), true, "転居のため");
        assertThatThrownBy(() -> transfers.requestTransfer(nurse, patient, other.facilityId(), true, null))
                .isInstanceOf(ConflictException.class);
        TransferService.TransferRequest request = transfers.incomingTransfers(other.admin()).getFirst();
        assertThat(request.patientId()).isEqualTo(patient);
        assertThatThrownBy(() -> transfers.decideTransfer(otherNurse, request.id(), true, null))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> transfers.decideTransfer(station.admin(), request.id(), true, null))
                .isInstanceOf(AccessRefusedException.class);

        transfers.decideTransfer(other.admin(), request.id(), true, "引き受けます");

        PatientHeader header = patients.header(other.admin(), patient);
        assertThat(header.managingFacilityId()).isEqualTo(other.facilityId());
        assertThat(header.managesTeam()).isTrue();
        assertThatThrownBy(() -> transfers.decideTransfer(other.admin(), request.id(), false, null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void registrationRefusesBadInputAndFormsThatAreNotScans() {
        Area area = fixtures.area();
        Actor nurse = fixtures.actor(fixtures.member(fixtures.facility(area, FacilityType.VISITING_NURSE_STATION), Profession.NURSE).id());
        PatientRegistration good = Fixtures.registration(ConsentModel.BLANKET, List.of(), List.of());
        PatientRegistration future = new PatientRegistration(good.name(), good.nameKana(), LocalDate.now().plusDays(3), good.sex(),
                null, null, null, good.role(), good.consent(), null);
        assertThatThrownBy(() -> registrations.register(nurse, future)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field).contains("birthDate"));
        PatientRegistration kanji = new PatientRegistration(good.name(), "漢字", good.birthDate(), good.sex(), null, null, null,
                good.role(), good.consent(), null);
        assertThatThrownBy(() -> registrations.register(nurse, kanji)).isInstanceOf(InvalidInputException.class);
        PatientRegistration exe = new PatientRegistration(good.name(), good.nameKana(), good.birthDate(), good.sex(), null, null,
                null, good.role(), new PatientRegistration.ConsentDetails(ConsentModel.BLANKET, LocalDate.of(2026, 10, 1), "本人",
                "本人", List.of(), List.of(), new PatientRegistration.SignedForm("同意書.pdf", "MZ\u0090\u0000".getBytes())), null);
        assertThatThrownBy(() -> registrations.register(nurse, exe)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("form.type"));
        byte[] pdf = "%PDF-1.7\n%test\n".getBytes();
        PatientRegistration withForm = new PatientRegistration(good.name(), good.nameKana(), good.birthDate(), good.sex(), null,
                null, null, good.role(), new PatientRegistration.ConsentDetails(ConsentModel.BLANKET, LocalDate.of(2026, 10, 1),
                "本人", "本人", List.of(), List.of(), new PatientRegistration.SignedForm("同意書.pdf", pdf)), null);
        long patient = registrations.register(nurse, withForm);
        assertThat(consents.form(nurse, patient).content()).isEqualTo(pdf);
        assertThat(consents.form(nurse, patient).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void theInsuranceIsKeptWhenItsCheckDigitHoldsAndNamesThePatientInTheirDocuments() {
        Area area = fixtures.area();
        Actor nurse = fixtures.actor(fixtures.member(fixtures.facility(area, FacilityType.VISITING_NURSE_STATION), Profession.NURSE).id());
        PatientRegistration good = Fixtures.registration(ConsentModel.BLANKET, List.of(), List.of());
        PatientRegistration mistyped = new PatientRegistration(good.name(), good.nameKana(), good.birthDate(), good.sex(), null,
                null, null, good.role(), good.consent(), new Insurance("39131017", "12", "3456", "01"));
        assertThatThrownBy(() -> registrations.register(nurse, mistyped)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("insurance.insurerNumber"));
        PatientRegistration withColon = new PatientRegistration(good.name(), good.nameKana(), good.birthDate(), good.sex(), null,
                null, null, good.role(), good.consent(), new Insurance("39131016", "1:2", "3456", "1"));
        assertThatThrownBy(() -> registrations.register(nurse, withColon)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field)
                        .contains("insurance.symbol", "insurance.branch"));

        long patient = registrations.register(nurse, new PatientRegistration(good.name(), good.nameKana(), good.birthDate(),
                good.sex(), null, null, null, good.role(), good.consent(), new Insurance("39131016", "12", "3456", "01")));

        assertThat(patients.header(nurse, patient).insurance()).isEqualTo(new Insurance("39131016", "12", "3456", "01"));
        assertThat(access.demographics(patient).insurance().memberId()).isEqualTo("39131016:12:3456:01");
        assertThat(patients.header(nurse, fixtures.patient(nurse)).insurance()).isNull();
    }

    @Test
    void aTeamMemberCorrectsTheAddressAndInsuranceAfterRegistrationAndNobodyElseMay() {
        Pair p = pair();
        assertThat(patients.header(p.doctor(), p.patient()).allowed()).contains(PatientAction.EDIT_DETAILS);
        PatientDetails mistyped = new PatientDetails("170-0001", "東京都桜ヶ丘区本町2-3-4", "03-1234-5678",
                new Insurance("39131017", null, "77", null));
        assertThatThrownBy(() -> registrations.correctDetails(p.doctor(), p.patient(), mistyped))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("insurance.insurerNumber"));
        assertThatThrownBy(() -> registrations.correctDetails(p.doctor(), p.patient(), new PatientDetails("1700", null, "phone", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).contains("postalCode", "phone"));
        assertThat(patients.header(p.doctor(), p.patient()).address()).isEqualTo("東京都テスト区");

        registrations.correctDetails(p.doctor(), p.patient(), new PatientDetails("170-0001", "東京都桜ヶ丘区本町2-3-4", null,
                new Insurance("39131016", null, "77", null)));
        PatientHeader h = patients.header(p.nurse(), p.patient());
        assertThat(h.address()).isEqualTo("東京都桜ヶ丘区本町2-3-4");
        assertThat(h.insurance()).isEqualTo(new Insurance("39131016", null, "77", null));
        assertThat(access.demographics(p.patient()).insurance().memberId()).isEqualTo("39131016::77:");
        assertThat(audit.search(p.area().admin(), new AuditFilter(null, null, "patient.details-corrected", null, null,
                p.doctor().memberId(), null, p.patient()), 0, 10)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("postalCode, address, insurance"));

        Actor stranger = fixtures.actor(fixtures.member(fixtures.facility(p.area(), FacilityType.CLINIC), Profession.PHYSICIAN).id());
        // another facility's physician, and the association's office (it keeps the register, not the patients)
        for (Actor outsider : List.of(stranger, p.area().admin())) {
            assertThatThrownBy(() -> registrations.correctDetails(outsider, p.patient(), new PatientDetails(null, "どこか", null, null)))
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThat(patients.header(p.nurse(), p.patient()).address()).isEqualTo("東京都桜ヶ丘区本町2-3-4");
    }
}
