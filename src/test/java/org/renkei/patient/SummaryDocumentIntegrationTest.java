package org.renkei.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.audit.AuditFilter;
import org.renkei.audit.AuditRecord;
import org.renkei.audit.AuditTrailService;
import org.renkei.directory.ApiClientService;
import org.renkei.directory.FacilityApplication;
import org.renkei.directory.FacilityService;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberService;
import org.renkei.directory.Profession;
import org.renkei.handoff.JpClinsValidator;
import org.renkei.patient.PatientSummary.Acp;
import org.renkei.patient.PatientSummary.AdlItem;
import org.renkei.patient.PatientSummary.AdlLevel;
import org.renkei.patient.PatientSummary.Allergy;
import org.renkei.patient.PatientSummary.AllergyKind;
import org.renkei.patient.PatientSummary.CareLevel;
import org.renkei.patient.PatientSummary.Contact;
import org.renkei.patient.PatientSummary.DementiaLevel;
import org.renkei.patient.PatientSummary.Device;
import org.renkei.patient.PatientSummary.Independence;
import org.renkei.patient.PatientSummary.Medication;
import org.renkei.patient.PatientSummary.PlaceOfCare;
import org.renkei.patient.PatientSummary.Problem;
import org.renkei.patient.PatientSummary.Resuscitation;
import org.renkei.patient.PatientSummary.SafetyFlag;
import org.renkei.patient.PatientSummary.SafetyKind;
import org.renkei.platform.AccessRefusedException;
import org.renkei.security.Actor;
import org.renkei.security.ApiScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The patient summary exported as a JP-CLINS patient summary (JP_Bundle_ePCS): a filled summary of an insured patient,
 * written by a member of a facility with its 医療機関コード, conforms with no error under the official packages; one
 * that lacks what the profile needs is a draft that claims no profile and says why, and is still valid FHIR R4. Only
 * the patient's circle has it, through the service or the API, and every export is in the access log.
 */
@RenkeiTest
class SummaryDocumentIntegrationTest {

    /** A well-formed 医療機関コード: 13 (東京都), 1 (医科), its last digit checking the others (Luhn). */
    static final String CLINIC_CODE = "1311234569";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired FacilityService facilities;
    @Autowired MemberService members;
    @Autowired RegistrationService registrations;
    @Autowired CareTeamService teams;
    @Autowired SummaryService summaries;
    @Autowired SummaryDocumentService documents;
    @Autowired AuditTrailService audit;
    @Autowired ApiClientService clients;

    private final JpClinsValidator validator = JpClinsValidator.shared();

    /** A station's nurse who registered the patient, and the 主治医 at a clinic with a 医療機関コード. */
    record Circle(Area area, Actor nurse, Actor doctor, long clinic, long patient) {}

    private Circle circle(boolean insured, PatientSummary summary) {
        Area area = fixtures.area();
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        long clinic = facilities.apply(new FacilityApplication(area.districtId(), FacilityType.CLINIC, Fixtures.unique("診療所"),
                "テストシンリョウジョ", CLINIC_CODE, "170-0002", "東京都テスト区2-2-2", "03-2345-6789", null, "clinic@example.jp",
                Fixtures.staff(Fixtures.unique("clinic"), Profession.PHYSICIAN)));
        facilities.approve(area.admin(), clinic, null);
        Actor clinicAdmin = fixtures.actor(members.search(area.admin(), MemberService.MemberQuery.ofFacility(clinic), 0, 10)
                .getFirst().id());
        Actor nurse = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        Actor doctor = fixtures.actor(fixtures.member(new Place(clinic, clinicAdmin), Profession.PHYSICIAN).id());
        PatientRegistration r = Fixtures.registration(ConsentModel.BLANKET, List.of(), List.of());
        long patient = registrations.register(nurse, new PatientRegistration(r.name(), r.nameKana(), r.birthDate(), r.sex(),
                "170-0001", "東京都テスト区1-2-3", "03-3333-4444", r.role(), r.consent(),
                insured ? new Insurance("39131016", "12", "3456", "01") : null));
        teams.addMember(nurse, patient, doctor.memberId(), TeamRole.PRIMARY_PHYSICIAN);
        summaries.saveSummary(nurse, patient, 0, summary, "初回登録");
        return new Circle(area, nurse, doctor, clinic, patient);
    }

    /** As the demo's 鈴木 トメ: every part of the summary filled. */
    static PatientSummary filled() {
        return new PatientSummary(
                List.of(new Problem("慢性心不全（NYHA III）", LocalDate.of(2019, 6, 1), true, null),
                        new Problem("2型糖尿病", LocalDate.of(2008, 3, 1), true, "HbA1c 7.2%（10月）"),
                        new Problem("右大腿骨頸部骨折", LocalDate.of(2023, 2, 10), false, "人工骨頭置換術後")),
                List.of(new Medication("フロセミド錠20mg", "1錠", "朝食後", "さくら在宅クリニック", null),
                        new Medication("カルベジロール錠2.5mg", "1錠", "朝夕食後", "さくら在宅クリニック", null)),
                List.of(new Allergy("ペニシリン系抗菌薬", AllergyKind.DRUG, "発疹", true)),
                List.of("NSAIDs（心不全増悪のため）"),
                CareLevel.CARE_3, LocalDate.of(2027, 3, 31), Independence.B1, DementiaLevel.IIa,
                Map.of(AdlItem.MOVING, AdlLevel.PARTIAL, AdlItem.EATING, AdlLevel.INDEPENDENT, AdlItem.BATHING, AdlLevel.FULL),
                EnumSet.of(Device.HOME_OXYGEN, Device.PRESSURE_ULCER_CARE), "酸素 1L/分（安静時）、2L/分（労作時）",
                List.of(new Contact("鈴木 和子", "長女", "090-1111-2222", true, "平日昼は仕事")),
                new Acp(PlaceOfCare.HOME, Resuscitation.DNAR, "長女 鈴木 和子", "最期まで自宅で過ごしたい。<痛いこと>はしないでほしい。",
                        LocalDate.of(2026, 9, 3), LocalDate.of(2027, 3, 3)),
                List.of(new SafetyFlag(SafetyKind.FIRE_RISK, "在宅酸素使用中。仏壇のろうそくに注意")),
                null, "夜間の呼吸苦時は主治医携帯へ連絡。");
    }

    private static List<String> describe(List<SingleValidationMessage> errors) {
        return errors.stream().map(m -> m.getMessageId() + " @ " + JpClinsValidator.location(m) + ": " + m.getMessage()).toList();
    }

    private static Composition composition(Bundle b) {
        return (Composition) b.getEntryFirstRep().getResource();
    }

    private static List<Resource> resources(Bundle b) {
        return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
    }

    @Test
    void aFilledSummaryOfAnInsuredPatientByADoctorWithAMedicalInstitutionCodeConformsToTheJpClinsPatientSummary() {
        Circle c = circle(true, filled());

        SummaryDocumentService.Export e = documents.export(c.doctor(), c.patient());

        assertThat(e.gaps()).isEmpty();
        assertThat(describe(JpClinsValidator.errors(validator.validate(e.bundle(), JpClinsValidator.PATIENT_SUMMARY))))
                .isEmpty();
        // what it claims is what it is: the same, checked against the profiles it names
        assertThat(describe(JpClinsValidator.errors(validator.validate(e.bundle())))).isEmpty();
        Composition composition = composition(e.bundle());
        assertThat(composition.getStatus()).isEqualTo(Composition.CompositionStatus.FINAL);
        assertThat(e.bundle().getMeta().getProfile()).extracting(p -> p.getValue())
                .containsExactly(JpClinsValidator.PATIENT_SUMMARY + "|1");
        assertThat(resources(e.bundle())).allSatisfy(r -> assertThat(r.getMeta().getProfile()).isNotEmpty());
        List<Condition> problems = resources(e.bundle()).stream().filter(r -> r instanceof Condition).map(r -> (Condition) r).toList();
        assertThat(problems).extracting(p -> p.getCode().getText())
                .containsExactly("慢性心不全（NYHA III）", "2型糖尿病", "右大腿骨頸部骨折");
        assertThat(problems).extracting(p -> p.getClinicalStatus().getCodingFirstRep().getCode())
                .containsExactly("active", "active", "resolved");
        CarePlan plan = resources(e.bundle()).stream().filter(r -> r instanceof CarePlan).map(r -> (CarePlan) r).findFirst().orElseThrow();
        assertThat(plan.getDescription()).contains("要介護3", "在宅酸素", "鈴木 和子", "最期まで自宅で過ごしたい");
        String narrative = composition.getSectionFirstRep().getText().getDivAsString();
        assertThat(narrative).contains("フロセミド錠20mg", "ペニシリン系抗菌薬", "&lt;痛いこと&gt;");
    }

    @Test
    void withoutInsuranceOrAMedicalInstitutionCodeItIsADraftThatClaimsNoProfileAndSaysWhy() {
        Circle c = circle(false, filled());

        SummaryDocumentService.Export byDoctor = documents.export(c.doctor(), c.patient());
        SummaryDocumentService.Export byNurse = documents.export(c.nurse(), c.patient());

        assertThat(byDoctor.gaps()).containsExactly("fhir.pcs.gap.insurance");
        // the station has no 医療機関コード
        assertThat(byNurse.gaps()).containsExactly("fhir.pcs.gap.institution-code", "fhir.pcs.gap.insurance");
        for (Bundle b : List.of(byDoctor.bundle(), byNurse.bundle())) {
            assertThat(composition(b).getStatus()).isEqualTo(Composition.CompositionStatus.PRELIMINARY);
            assertThat(b.getMeta().getProfile()).isEmpty();
            assertThat(resources(b)).allSatisfy(r -> assertThat(r.getMeta().getProfile()).isEmpty());
            assertThat(composition(b).getText().getDivAsString()).contains("保険情報未登録", "JP-CLINS 準拠ではありません");
            assertThat(describe(JpClinsValidator.errors(validator.validate(b)))).isEmpty();
        }
        assertThat(composition(byNurse.bundle()).getText().getDivAsString()).contains("医療機関コード未登録");
        // and the profile would say so too
        assertThat(JpClinsValidator.errors(validator.validate(byDoctor.bundle(), JpClinsValidator.PATIENT_SUMMARY))).isNotEmpty();
    }

    @Test
    void aSummaryWithoutProblemsIsADraft() {
        Circle c = circle(true, PatientSummary.empty());

        SummaryDocumentService.Export e = documents.export(c.doctor(), c.patient());

        assertThat(e.gaps()).containsExactly("fhir.pcs.gap.problems");
        assertThat(composition(e.bundle()).getStatus()).isEqualTo(Composition.CompositionStatus.PRELIMINARY);
        assertThat(composition(e.bundle()).getText().getDivAsString()).contains("病名・問題の記載なし");
        assertThat(describe(JpClinsValidator.errors(validator.validate(e.bundle())))).isEmpty();
    }

    @Test
    void theApiGivesTheDocumentToTheCircleAndRefusesOthers() {
        Circle c = circle(true, filled());
        Place outsider = fixtures.facility(c.area(), FacilityType.CLINIC);
        ApiHttp api = new ApiHttp(port);
        var clinicClient = clients.register(c.area().admin(), c.clinic(), "電子カルテ", EnumSet.of(ApiScope.PATIENTS_READ),
                null, null);
        String clinicToken = api.token(clinicClient.clientId(), clinicClient.secret(), null);
        var outsiderClient = clients.register(c.area().admin(), outsider.facilityId(), "電子カルテ",
                EnumSet.of(ApiScope.PATIENTS_READ), null, null);
        String outsiderToken = api.token(outsiderClient.clientId(), outsiderClient.secret(), null);

        ApiHttp.Response ok = api.get("/api/patients/" + c.patient() + "/fhir", clinicToken);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.header("Content-Type")).startsWith("application/fhir+json");
        Bundle b = PatientSummaryFhir.context().newJsonParser().parseResource(Bundle.class, ok.body());
        assertThat(describe(JpClinsValidator.errors(validator.validate(b, JpClinsValidator.PATIENT_SUMMARY)))).isEmpty();

        ApiHttp.assertProblem(api.get("/api/patients/" + c.patient() + "/fhir", outsiderToken), 403, "patient.not-on-team");
        assertThat(api.get("/api/patients/" + c.patient() + "/fhir", null).status()).isEqualTo(401);
        var handoffsOnly = clients.register(c.area().admin(), c.clinic(), "地域連携システム", EnumSet.of(ApiScope.HANDOFFS_READ),
                null, null);
        ApiHttp.assertProblem(api.get("/api/patients/" + c.patient() + "/fhir",
                api.token(handoffsOnly.clientId(), handoffsOnly.secret(), null)), 403, "insufficient-scope");
        assertThat(api.get("/api/patients/999999999/fhir", clinicToken).status()).isEqualTo(404);
        Actor outsiderDoctor = fixtures.actor(fixtures.member(outsider, Profession.PHYSICIAN).id());
        assertThatThrownBy(() -> documents.fhir(outsiderDoctor, c.patient())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void everyExportIsInTheAccessLog() {
        Circle c = circle(true, filled());

        documents.fhir(c.doctor(), c.patient());

        List<AuditRecord> log = audit.search(c.area().admin(), new AuditFilter(null, null, "patient.exported", null, null,
                c.doctor().memberId(), null, c.patient()), 0, 10);
        assertThat(log).hasSize(1);
        assertThat(log.getFirst().detail()).isEqualTo("fhir v1");
    }
}
