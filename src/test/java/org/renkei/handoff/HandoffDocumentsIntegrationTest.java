package org.renkei.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
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
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ResourceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.renkei.RenkeiTest;
import org.renkei.audit.AuditFilter;
import org.renkei.audit.AuditTrailService;
import org.renkei.handoff.DischargeSummaryFhir.Section;
import org.renkei.handoff.HandoffWorld.World;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The documents of a handoff: the discharge information as a FHIR R4 document Bundle that HAPI's validator
 * accepts against base R4 and that has every section JP-CLINS requires; the A4 PDF with its Japanese font
 * embedded and its text readable back; both only for those who may open the handoff, and logged.
 */
@RenkeiTest
class HandoffDocumentsIntegrationTest {

    private static FhirValidator validator;

    @Autowired HandoffWorld worlds;
    @Autowired HandoffService handoffs;
    @Autowired HandoffDraftService drafts;
    @Autowired HandoffDocumentService documents;
    @Autowired AuditTrailService audit;

    @BeforeAll
    static void validator() {
        FhirContext ctx = DischargeSummaryFhir.context();
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx), new CommonCodeSystemsTerminologyService(ctx),
                new SnapshotGeneratingValidationSupport(ctx));
        FhirInstanceValidator instance = new FhirInstanceValidator(chain);
        // the document claims no JP-CLINS profile (yet): validate against base R4
        instance.setErrorForUnknownProfiles(false);
        validator = ctx.newValidator().registerValidatorModule(instance);
    }

    private long sentDischarge(World w, DischargeSheet sheet) {
        long id = drafts.draftDischarge(w.hospNurse(), w.patient(), sheet, HandoffWorld.homeTeam(w));
        handoffs.send(w.hospNurse(), id);
        return id;
    }

    @Test
    void theDischargeBundlePassesTheR4ValidatorAndHasEveryRequiredJpClinsSection() {
        World w = worlds.create();
        long id = sentDischarge(w, HandoffWorld.discharge(LocalDate.now(TimeConfiguration.TOKYO).plusDays(5)));
        Bundle bundle = documents.bundle(w.nurse(), id);

        List<String> errors = errors(bundle);
        assertThat(errors).as("validation errors").isEmpty();

        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        assertThat(bundle.getIdentifier().getValue()).isNotBlank();
        assertThat(bundle.getTimestamp()).isNotNull();
        Composition c = (Composition) bundle.getEntryFirstRep().getResource();
        assertThat(c.getType().getCodingFirstRep().getCode()).isEqualTo("18842-5");
        assertThat(c.getType().getCodingFirstRep().getSystem()).isEqualTo(DischargeSummaryFhir.DOC_TYPE_SYSTEM);
        assertThat(c.getTitle()).isEqualTo("退院時サマリー");
        // a discharge not completed yet is a draft, and no JP-CLINS conformance is claimed that the document does not meet
        assertThat(c.getStatus()).isEqualTo(Composition.CompositionStatus.PRELIMINARY);
        assertThat(bundle.getMeta().getProfile()).isEmpty();
        assertThat(bundle.getMeta().hasLastUpdated()).isTrue();
        bundle.getEntry().forEach(e -> assertThat(e.getResource().getMeta().getProfile()).as(e.getFullUrl()).isEmpty());
        // every reference points at an entry of the Bundle (the hospital's id exists before the stay names it)
        Encounter stay = (Encounter) bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof Encounter).findFirst().orElseThrow();
        assertThat(stay.getServiceProvider().getReference()).isNotEqualTo("urn:uuid:null")
                .isIn(bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).toList());
        assertThat(c.getAuthor()).hasSize(2);
        assertThat(c.getEventFirstRep().getPeriod().hasStart()).isTrue();
        Composition.SectionComponent structured = c.getSectionFirstRep();
        assertThat(structured.getCode().getCodingFirstRep().getCode()).isEqualTo("300");
        Map<String, Composition.SectionComponent> sections = structured.getSection().stream()
                .collect(Collectors.toMap(s -> s.getCode().getCodingFirstRep().getCode(), s -> s));
        for (Section required : Section.values()) {
            if (required.required) {
                assertThat(sections).as("required section " + required.title).containsKey(required.code);
                assertThat(sections.get(required.code).getTitle()).isEqualTo(required.title);
                assertThat(sections.get(required.code).getCode().getCodingFirstRep().getSystem()).isEqualTo(DischargeSummaryFhir.SECTION_SYSTEM);
            }
        }
        assertThat(sections.keySet()).contains("322", "342", "352", "312", "360", "333", "324", "344", "444", "424");
        // the sheet's data are in the entries, resolvable inside the Bundle
        assertThat(sections.get("344").getEntry()).hasSize(2);
        assertThat(sections.get("444").getEntry()).hasSize(2);
        assertThat(sections.get("510").getEntry()).hasSize(1);
        Set<String> fullUrls = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).collect(Collectors.toSet());
        structured.getSection().forEach(s -> s.getEntry().forEach(ref -> assertThat(fullUrls).contains(ref.getReference())));
        Patient patient = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r.getResourceType() == ResourceType.Patient).map(Patient.class::cast).findFirst().orElseThrow();
        assertThat(patient.getName()).hasSize(2);
        assertThat(patient.hasBirthDate()).isTrue();

        // and the JSON a member downloads parses back to the same document
        HandoffDocumentService.Document json = documents.fhir(w.nurse(), id);
        assertThat(json.contentType()).startsWith("application/fhir+json");
        Bundle parsed = DischargeSummaryFhir.context().newJsonParser().parseResource(Bundle.class,
                new String(json.content(), StandardCharsets.UTF_8));
        assertThat(parsed.getEntry()).hasSameSizeAs(bundle.getEntry());
        assertThat(errors(parsed)).isEmpty();
    }

    @Test
    void aSheetWithoutAdmissionDateCourseOrDiagnosisIsNotSentAndTheDraftIsKept() {
        World w = worlds.create();
        DischargeSheet bare = new DischargeSheet(LocalDate.now(TimeConfiguration.TOKYO).plusDays(3), null, null, null, null, List.of(),
                List.of(" "), " ", Set.of(), null, null, null, null, null, null, null, null, null, null, Map.of(), null, List.of(), null, null);
        long id = drafts.draftDischarge(w.hospNurse(), w.patient(), bare, HandoffWorld.homeTeam(w));

        assertThatThrownBy(() -> handoffs.send(w.hospNurse(), id)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field)
                        .containsExactly("admissionDate", "hospitalCourse", "dischargeDiagnoses"));
        assertThat(handoffs.view(w.hospNurse(), id).status()).isEqualTo(HandoffStatus.DRAFT);
    }

    @Test
    void aSheetWithOnlyItsRequiredItemsStillMakesAValidDocumentWithEverySection() {
        World w = worlds.create();
        LocalDate planned = LocalDate.now(TimeConfiguration.TOKYO).plusDays(3);
        DischargeSheet minimal = new DischargeSheet(planned, planned.minusDays(7), null, null, null, List.of(),
                List.of("誤嚥性肺炎"), "抗菌薬で改善。", Set.of(), null, null, null, null, null, null, null, null, null, null, Map.of(),
                null, List.of(), null, null);
        long id = sentDischarge(w, minimal);
        Bundle bundle = documents.bundle(w.hospNurse(), id);
        assertThat(errors(bundle)).isEmpty();
        Composition c = (Composition) bundle.getEntryFirstRep().getResource();
        List<String> codes = c.getSectionFirstRep().getSection().stream().map(s -> s.getCode().getCodingFirstRep().getCode()).toList();
        assertThat(codes).containsExactlyInAnyOrder("322", "342", "352", "312", "360", "333", "324", "344", "444", "424");
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

    private static List<String> errors(Bundle bundle) {
        ValidationResult result = validator.validateWithResult(bundle);
        return result.getMessages().stream().filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(HandoffDocumentsIntegrationTest::describe).toList();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + " " + m.getMessage();
    }
}
