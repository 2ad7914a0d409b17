package org.renkei.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.audit.AuditFilter;
import org.renkei.audit.AuditTrailService;
import org.renkei.handoff.DischargeSummaryFhir.Section;
import org.renkei.handoff.HandoffWorld.World;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.TeamRole;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The documents of a handoff: the discharge information as a JP-CLINS 退院時サマリー that HAPI's validator, loaded with
 * the official JP-Core and JP-CLINS packages, accepts (but for the package's own known defects) once the discharge is
 * completed, and as a draft claiming no conformance before; the A4 PDF with its Japanese font
 * embedded and its text readable back; both only for those who may open the handoff, and logged.
 */
@RenkeiTest
class HandoffDocumentsIntegrationTest {

    @Autowired HandoffWorld worlds;
    @Autowired HandoffService handoffs;
    @Autowired HandoffDraftService drafts;
    @Autowired HandoffDocumentService documents;
    @Autowired AuditTrailService audit;
    @Autowired Fixtures fixtures;
    @Autowired CareTeamService teams;

    /** Not kept in a static field: the validator is held softly, and the whole test run would otherwise pin it. */
    private static JpClinsValidator validator() {
        return JpClinsValidator.shared();
    }

    private long sentDischarge(World w, DischargeSheet sheet) {
        long id = drafts.draftDischarge(w.hospNurse(), w.patient(), sheet, HandoffWorld.homeTeam(w));
        handoffs.send(w.hospNurse(), id);
        return id;
    }

    /** Sent, accepted by the visiting nurses, the patient discharged a day late and visited the day after. */
    private long completedDischarge(World w, DischargeSheet sheet) {
        long id = sentDischarge(w, sheet);
        handoffs.accept(w.nurse(), id, handoffs.view(w.nurse(), id).mineToAnswer().getFirst());
        LocalDate discharged = sheet.plannedDischargeDate().plusDays(1);
        handoffs.complete(w.nurse(), id, discharged.plusDays(1), discharged);
        return id;
    }

    private static List<String> unexplainedErrors(Bundle bundle) {
        return KnownIgDefects.unexplained(JpClinsValidator.errors(validator().validate(bundle)), KnownIgDefects.DISCHARGE_SUMMARY);
    }

    private static <T> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aCompletedDischargeIsAJpClinsDischargeSummaryThatTheOfficialProfilesAccept() {
        World w = worlds.create();
        LocalDate planned = LocalDate.now(TimeConfiguration.TOKYO).minusDays(3);
        long id = completedDischarge(w, HandoffWorld.discharge(planned));
        Bundle bundle = documents.bundle(w.nurse(), id);

        // validated against JP_Bundle_eDischargeSummary (JP-CLINS 1.5.2) and every entry's eCS profile
        assertThat(bundle.getMeta().getProfile()).extracting(p -> p.getValue()).containsExactly(DischargeSummaryFhir.BUNDLE_PROFILE);
        assertThat(unexplainedErrors(bundle)).as("validation errors beyond the IG's known defects").isEmpty();

        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        assertThat(bundle.getIdentifier().getValue()).startsWith("1311234569^");
        bundle.getEntry().forEach(e -> {
            assertThat(e.getResource().getMeta().hasLastUpdated()).as(e.getFullUrl()).isTrue();
            assertThat(e.getResource().getMeta().getProfile()).as(e.getFullUrl()).hasSize(1);
        });
        Composition c = (Composition) bundle.getEntryFirstRep().getResource();
        assertThat(c.getType().getCodingFirstRep().getCode()).isEqualTo("18842-5");
        assertThat(c.getStatus()).isEqualTo(Composition.CompositionStatus.FINAL);
        assertThat(c.getTitle()).isEqualTo("退院時サマリー");
        assertThat(c.getAuthor()).hasSize(2);
        // the stay: finished, on the day the patient actually left (not the planned one), with its outcome
        Encounter stay = all(bundle, Encounter.class).getFirst();
        assertThat(stay.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
        assertThat(stay.getPeriod().getEndElement().getValueAsString()).isEqualTo(planned.plusDays(1).toString());
        assertThat(stay.getHospitalization().getDischargeDisposition().getCodingFirstRep().getCode()).isEqualTo("1");
        assertThat(stay.getServiceProvider().getReference()).isNotEqualTo("urn:uuid:null")
                .isIn(bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).toList());
        // the hospital by its 医療機関コード, the patient by the insurance
        assertThat(all(bundle, Organization.class).getFirst().getIdentifier()).anySatisfy(i ->
                assertThat(i.getValue()).isEqualTo("1311234569"));
        Patient patient = all(bundle, Patient.class).getFirst();
        assertThat(patient.getIdentifier()).anySatisfy(i -> assertThat(i.getValue()).startsWith("39131016:12:"));
        assertThat(patient.getName()).hasSize(2).allSatisfy(n -> assertThat(n.getText()).doesNotContain("　"));
        // coded where the hospital gave codes, the IG's uncoded forms where it did not: no code made up
        List<Condition> conditions = all(bundle, Condition.class);
        assertThat(conditions).hasSize(3);
        Condition heart = conditions.stream().filter(x -> x.getCode().getText().equals("慢性心不全")).findFirst().orElseThrow();
        assertThat(heart.getCode().getCoding()).extracting(Coding::getCode).containsExactly("20062113", "I50.0");
        Condition diabetes = conditions.stream().filter(x -> x.getCode().getText().equals("2型糖尿病")).findFirst().orElseThrow();
        assertThat(diabetes.getCode().getCoding()).extracting(Coding::getCode).containsExactly("99999999");
        assertThat(all(bundle, MedicationRequest.class)).hasSize(2).allSatisfy(m -> {
            assertThat(m.getMedicationCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("NOCODED");
            assertThat(m.getDosageInstructionFirstRep().getTiming().getCode().getCodingFirstRep().getCode()).isEqualTo("0X0XXXXXXXXX0000");
        });
        assertThat(all(bundle, AllergyIntolerance.class)).as("an allergy without its code stays in the narrative").isEmpty();

        Composition.SectionComponent structured = c.getSectionFirstRep();
        assertThat(structured.getCode().getCodingFirstRep().getCode()).isEqualTo("300");
        Map<String, Composition.SectionComponent> sections = structured.getSection().stream()
                .collect(Collectors.toMap(s -> s.getCode().getCodingFirstRep().getCode(), s -> s));
        for (Section required : Section.values()) {
            if (required.required) {
                assertThat(sections).as("required section " + required.title).containsKey(required.code);
                assertThat(sections.get(required.code).getTitle()).isEqualTo(required.title);
            }
        }
        assertThat(sections.get("344").getEntry()).hasSize(2);
        assertThat(sections.get("444").getEntry()).hasSize(2);
        assertThat(sections.get("510").getText().getDivAsString()).contains("ペニシリン（発疹）");
        assertThat(sections.get("362").getText().getDivAsString()).contains("1週間前から労作時の息切れ");
        Set<String> fullUrls = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).collect(Collectors.toSet());
        structured.getSection().forEach(s -> s.getEntry().forEach(ref -> assertThat(fullUrls).contains(ref.getReference())));

        // and the JSON a member downloads parses back to the same document
        HandoffDocumentService.Document json = documents.fhir(w.nurse(), id);
        assertThat(json.contentType()).startsWith("application/fhir+json");
        Bundle parsed = DischargeSummaryFhir.context().newJsonParser().parseResource(Bundle.class,
                new String(json.content(), StandardCharsets.UTF_8));
        assertThat(parsed.getEntry()).hasSameSizeAs(bundle.getEntry());
        assertThat(unexplainedErrors(parsed)).isEmpty();
    }

    @Test
    void aSheetWithOnlyWhatTheProfileRequiresIsAConformingDocumentWithEveryRequiredSection() {
        World w = worlds.create();
        LocalDate planned = LocalDate.now(TimeConfiguration.TOKYO).minusDays(3);
        DischargeSheet minimal = new DischargeSheet(planned, planned.minusDays(7), null, null, null, List.of(),
                List.of("誤嚥性肺炎"), "抗菌薬で改善。", Set.of(), null, null, null, null, null, null, null, null, null, null, Map.of(),
                null, List.of(), null, null, DischargeOutcome.IMPROVED);
        Bundle bundle = documents.bundle(w.hospNurse(), completedDischarge(w, minimal));

        assertThat(bundle.getMeta().getProfile()).isNotEmpty();
        assertThat(unexplainedErrors(bundle)).isEmpty();
        Composition c = (Composition) bundle.getEntryFirstRep().getResource();
        List<String> codes = c.getSectionFirstRep().getSection().stream().map(s -> s.getCode().getCodingFirstRep().getCode()).toList();
        assertThat(codes).containsExactlyInAnyOrder("322", "342", "352", "312", "362", "333", "324", "344", "444", "424");
    }

    @Test
    void aPlannedDischargeIsADraftThatClaimsNoConformanceAndSaysWhy() {
        World w = worlds.create();
        long id = sentDischarge(w, HandoffWorld.discharge(LocalDate.now(TimeConfiguration.TOKYO).plusDays(5)));
        Bundle bundle = documents.bundle(w.nurse(), id);

        assertThat(bundle.getMeta().getProfile()).isEmpty();
        bundle.getEntry().forEach(e -> assertThat(e.getResource().getMeta().getProfile()).as(e.getFullUrl()).isEmpty());
        Composition c = (Composition) bundle.getEntryFirstRep().getResource();
        assertThat(c.getStatus()).isEqualTo(Composition.CompositionStatus.PRELIMINARY);
        assertThat(c.getTitle()).isEqualTo("退院時サマリー（下書き）");
        assertThat(c.getText().getDivAsString()).contains("退院が完了していません").doesNotContain("医療機関コード");
        assertThat(all(bundle, Encounter.class).getFirst().getStatus()).isEqualTo(Encounter.EncounterStatus.INPROGRESS);
        // still a valid R4 document (but for the section codes the package does not know)
        assertThat(KnownIgDefects.unexplained(JpClinsValidator.errors(validator().validate(bundle)), KnownIgDefects.UNKNOWN_SECTION_CODES))
                .isEmpty();
    }

    @Test
    void aCompletedDischargeOfAPatientWithoutInsuranceStaysADraftThatNamesWhatIsMissing() {
        World w = worlds.create();
        long uninsured = fixtures.patient(w.cm());
        teams.addMember(w.cm(), uninsured, w.hospNurse().memberId(), TeamRole.HOSPITAL);
        LocalDate planned = LocalDate.now(TimeConfiguration.TOKYO).minusDays(2);
        long id = drafts.draftDischarge(w.hospNurse(), uninsured, HandoffWorld.discharge(planned), HandoffWorld.homeTeam(w));
        handoffs.send(w.hospNurse(), id);
        handoffs.accept(w.nurse(), id, handoffs.view(w.nurse(), id).mineToAnswer().getFirst());
        handoffs.complete(w.nurse(), id, planned.plusDays(1), null);

        Bundle bundle = documents.bundle(w.nurse(), id);
        assertThat(bundle.getMeta().getProfile()).isEmpty();
        assertThat(((Composition) bundle.getEntryFirstRep().getResource()).getText().getDivAsString())
                .contains("保険情報").doesNotContain("退院が完了していません");
        assertThat(KnownIgDefects.unexplained(JpClinsValidator.errors(validator().validate(bundle)), KnownIgDefects.UNKNOWN_SECTION_CODES))
                .isEmpty();
    }

    @Test
    void aSheetWithoutWhatTheSummaryNeedsIsNotSentAndTheDraftIsKept() {
        World w = worlds.create();
        DischargeSheet bare = new DischargeSheet(LocalDate.now(TimeConfiguration.TOKYO).plusDays(3), null, null, null, null, List.of(),
                List.of(" "), " ", Set.of(), null, null, null, null, null, null, null, null, null, null, Map.of(), null, List.of(), null,
                null, null);
        long id = drafts.draftDischarge(w.hospNurse(), w.patient(), bare, HandoffWorld.homeTeam(w));

        assertThatThrownBy(() -> handoffs.send(w.hospNurse(), id)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field)
                        .containsExactly("admissionDate", "hospitalCourse", "dischargeDiagnoses", "outcome"));
        assertThat(handoffs.view(w.hospNurse(), id).status()).isEqualTo(HandoffStatus.DRAFT);
    }

    @Test
    void aMisshapenCodeIsRefusedWhenTheSheetIsSavedAndNothingIsWritten() {
        World w = worlds.create();
        LocalDate planned = LocalDate.now(TimeConfiguration.TOKYO).plusDays(3);
        DischargeSheet good = HandoffWorld.discharge(planned);
        for (List<String> diagnoses : List.of(List.of("慢性心不全 [ICD10:50.0]"), List.of("慢性心不全 [MEDIS:1234]"),
                List.of("慢性心不全 [JLAC:12345]"), List.of("慢性心不全 [FOOD:ABCDEF12]"))) {
            DischargeSheet bad = new DischargeSheet(planned, good.admissionDate(), null, null, null, List.of(), diagnoses,
                    good.hospitalCourse(), Set.of(), null, null, null, null, null, null, null, null, null, null, Map.of(), null,
                    List.of(), null, null, DischargeOutcome.IMPROVED);
            assertThatThrownBy(() -> drafts.draftDischarge(w.hospNurse(), w.patient(), bad, HandoffWorld.homeTeam(w)))
                    .as(diagnoses.toString()).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems().getFirst().field()).isEqualTo("dischargeDiagnoses"));
        }
        assertThat(handoffs.view(w.hospNurse(), drafts.draftDischarge(w.hospNurse(), w.patient(), good, HandoffWorld.homeTeam(w)))
                .discharge().codedDischargeDiagnoses().getFirst().codes()).containsEntry(CodedLine.Scheme.ICD10, "I50.0");
    }

    @Test
    void anAdmissionSheetHasNoFhirDocumentAndAnOutsiderGetsNoDocumentAtAll() {
        World w = worlds.create();
        long admission = drafts.draftAdmission(w.cm(), w.patient(), w.hospital(), HandoffWorld.admission(LocalDate.now(TimeConfiguration.TOKYO)));
        assertThatThrownBy(() -> documents.fhir(w.cm(), admission)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("handoff.fhir-discharge-only"));
        long discharge = sentDischarge(w, HandoffWorld.discharge(LocalDate.now(TimeConfiguration.TOKYO).plusDays(5)));
        assertThatThrownBy(() -> documents.pdf(w.outsider(), discharge)).isInstanceOfSatisfying(RenkeiException.class,
                e -> assertThat(e.messageKey()).isEqualTo("handoff.not-yours"));
        assertThatThrownBy(() -> documents.fhir(w.outsider(), discharge)).isInstanceOfSatisfying(RenkeiException.class,
                e -> assertThat(e.messageKey()).isEqualTo("handoff.not-yours"));
        // before it is sent, a recipient off the patient's team gets nothing either
        long draft = drafts.draftDischarge(w.hospNurse(), w.patient(), HandoffWorld.discharge(LocalDate.now(TimeConfiguration.TOKYO)
                .plusDays(5)), HandoffWorld.homeTeam(w));
        assertThatThrownBy(() -> documents.pdf(w.nurse(), draft)).isInstanceOfSatisfying(RenkeiException.class,
                e -> assertThat(e.messageKey()).isEqualTo("handoff.not-yours"));
    }

    @Test
    void theA4PdfEmbedsItsJapaneseFontAndReadsBackInJapanese() throws Exception {
        World w = worlds.create();
        long id = sentDischarge(w, HandoffWorld.discharge(LocalDate.now(TimeConfiguration.TOKYO).plusDays(5)));
        HandoffDocumentService.Document pdf = documents.pdf(w.nurse(), id);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf.content())) {
            PDPage first = doc.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595f, Offset.offset(1f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(842f, Offset.offset(1f));
            for (var name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("BIZUDGothic");
            }
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("退院時情報提供書", "慢性心不全", "在宅酸素", "訪問看護", "利尿薬の静注で改善");
        }
        assertThat(audit.search(w.admin(), new AuditFilter(null, null, "handoff.exported", null, null, w.nurse().memberId(), null,
                w.patient()), 0, 10)).hasSize(1);
    }

    @Test
    void anAdmissionSheetPrintsToo() throws Exception {
        World w = worlds.create();
        long id = drafts.draftAdmission(w.cm(), w.patient(), w.hospital(), HandoffWorld.admission(LocalDate.now(TimeConfiguration.TOKYO)));
        handoffs.send(w.cm(), id);
        try (PDDocument doc = Loader.loadPDF(documents.pdf(w.hospNurse(), id).content())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("入院時情報提供書", "妻と二人暮らし", "アムロジピン5mg");
        }
    }
}
