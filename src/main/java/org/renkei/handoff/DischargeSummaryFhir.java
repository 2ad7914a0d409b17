package org.renkei.handoff;

import static org.renkei.patient.JpClinsPatient.ECS;
import static org.renkei.patient.JpClinsPatient.ID_SYSTEM;
import static org.renkei.patient.JpClinsPatient.MEDIS_UNCODED;
import static org.renkei.patient.JpClinsPatient.RESOURCE_ID;
import static org.renkei.patient.JpClinsPatient.ref;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.JpClinsPatient;
import org.renkei.patient.PatientDemographics;
import org.renkei.platform.TimeConfiguration;
import org.springframework.web.util.HtmlUtils;

/**
 * The discharge information as a JP-CLINS 1.5.2 退院時サマリー ({@code JP_Bundle_eDischargeSummary}): a FHIR R4 document
 * Bundle whose Composition (18842-5) holds the structured section 構造情報 (300) with its sub-sections, each with a
 * narrative and, where the sheet has the data, entries that carry their eCS profiles (Patient, Organization,
 * Practitioner, Encounter, Condition, DocumentReference, MedicationRequest, CarePlan, AllergyIntolerance).
 *
 * <p>A 退院時サマリー describes a discharge that happened. The document claims conformance ({@code meta.profile}) only
 * when the discharge is completed and the portal has everything the profiles require: the hospital's 医療機関コード,
 * the patient's insurance and address, the 転帰. Otherwise it is a draft: no profile anywhere, the Composition
 * {@code preliminary}, and its narrative says what is missing (see {@link #gaps}). Where the portal only has free text,
 * the IG's uncoded forms are used and no code is invented: a diagnosis without its MEDIS 病名管理番号 carries the
 * all-9 number, a medicine the {@code NOCODED} code and the dummy usage code; an allergy without a code stays in the
 * section's narrative. Every resource has its id before any reference to it is built.
 */
public final class DischargeSummaryFhir {

    /** The section codes of JP-CLINS (電子カルテ情報共有サービス文書共通セクション区分コード). */
    public static final String SECTION_SYSTEM = "http://jpfhir.jp/fhir/clins/CodeSystem/document-section";
    public static final String DOC_TYPE_SYSTEM = "http://jpfhir.jp/fhir/Common/CodeSystem/doc-typecodes";
    public static final String DOC_SUBTYPE_SYSTEM = "http://jpfhir.jp/fhir/Common/CodeSystem/doc-subtypecodes";
    public static final String BUNDLE_PROFILE = "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_eDischargeSummary";
    public static final String COMPOSITION_PROFILE =
            "http://jpfhir.jp/fhir/eDischargeSummary/StructureDefinition/JP_Composition_eDischargeSummary";
    static final String NOCODED_SYSTEM = "http://jpfhir.jp/fhir/eCS/CodeSystem/MedicationCodeNocoded_CS";
    static final String USAGE_UNCODED_SYSTEM = "http://jpfhir.jp/fhir/clins/CodeSystem/JP_CLINS_MedicationUsage_Uncoded_CS";

    /** A section of the structured part: its code, display and title as JP-CLINS fixes them. */
    public enum Section {
        DETAILS_ON_ADMISSION("322", "入院時詳細セクション", "入院時詳細", true),
        DIAGNOSES_ON_ADMISSION("342", "入院時診断セクション", "入院時診断", true),
        CHIEF_COMPLAINTS("352", "主訴セクション", "主訴", true),
        REASON_FOR_ADMISSION("312", "入院理由セクション", "入院理由", true),
        PRESENT_ILLNESS("362", "現病歴セクション", "現病歴", true),
        HOSPITAL_COURSE("333", "入院中経過セクション", "入院中経過", true),
        DETAILS_ON_DISCHARGE("324", "退院時詳細セクション", "退院時詳細", true),
        DIAGNOSES_ON_DISCHARGE("344", "退院時診断セクション", "退院時診断", true),
        MEDICATION_ON_DISCHARGE("444", "退院時投薬指示セクション", "退院時投薬指示", true),
        INSTRUCTION_ON_DISCHARGE("424", "退院時方針指示セクション", "退院時方針指示", true),
        ALLERGIES("510", "アレルギー・不耐性反応セクション", "アレルギー・不耐性反応", false),
        PAST_ILLNESS("372", "既往歴セクション", "既往歴", false),
        ADVANCE_DIRECTIVE("410", "事前指示セクション", "事前指示", false);

        public final String code;
        public final String display;
        public final String title;
        public final boolean required;

        Section(String code, String display, String title, boolean required) {
            this.code = code;
            this.display = display;
            this.title = title;
            this.required = required;
        }
    }

    /**
     * What the document needs beside the sheet: the patient, the author, the hospital's 医療機関コード (null when the
     * directory has none), the labels.
     */
    record Source(HandoffDetails handoff, DischargeSheet sheet, PatientDemographics patient, String authorName,
            @Nullable String institutionCode, Function<String, String> label) {}

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private DischargeSummaryFhir() {}

    public static FhirContext context() {
        return FHIR;
    }

    static String json(Bundle bundle) {
        return FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    /**
     * Why the document is not (yet) a JP-CLINS 退院時サマリー, in Japanese, for its narrative; empty when it is one.
     */
    static List<String> gaps(Source s) {
        List<String> gaps = new ArrayList<>();
        if (s.handoff().status() != HandoffStatus.COMPLETED || s.handoff().dischargedOn() == null) {
            gaps.add("退院が完了していません（退院予定の下書きです）");
        }
        if (s.institutionCode() == null) {
            gaps.add("送信元医療機関の医療機関コードが未登録です");
        }
        if (s.patient().insurance() == null) {
            gaps.add("患者の保険情報（保険者番号・記号・番号・枝番）が未登録です");
        }
        if (s.patient().address() == null) {
            gaps.add("患者の住所が未登録です");
        }
        if (!JpClinsPatient.hasGivenName(s.patient().name())) {
            gaps.add("患者の氏名に姓と名の区切り（空白）がありません");
        }
        // the sheet's own rule (the same that refuses sending it), in its own words
        s.sheet().missingForSummary().forEach(p -> gaps.add(s.label().apply(p.messageKey())));
        return gaps;
    }

    static Bundle build(Source s) {
        HandoffDetails h = s.handoff();
        DischargeSheet d = s.sheet();
        List<String> gaps = gaps(s);
        boolean conforming = gaps.isEmpty();
        Date written = Date.from(h.sentAt() != null ? h.sentAt() : Instant.now());
        LocalDate dischargeDay = h.dischargedOn() != null ? h.dischargedOn() : d.plannedDischargeDate();
        String facility = s.institutionCode() != null ? s.institutionCode() : String.valueOf(h.senderFacilityId());
        int year = LocalDate.ofInstant(written.toInstant(), TimeConfiguration.TOKYO).getYear();
        Entries entries = new Entries(conforming, written);

        // every resource has its id before anything refers to it
        Composition c = entries.add(new Composition(), null);
        Patient patient = entries.add(new Patient(), "JP_Patient_eCS");
        Practitioner author = entries.add(new Practitioner(), "JP_Practitioner_eCS");
        Organization hospital = entries.add(new Organization(), "JP_Organization_eCS");
        Encounter stay = entries.add(new Encounter(), "JP_Encounter_eCS");

        Bundle bundle = new Bundle();
        bundle.getMeta().setLastUpdated(written);
        if (conforming) {
            bundle.getMeta().addProfile(BUNDLE_PROFILE);
        }
        bundle.setType(Bundle.BundleType.DOCUMENT);
        bundle.setIdentifier(new Identifier().setSystem("http://jpfhir.jp/fhir/clins/bundle-identifier")
                .setValue(facility + "^" + year + "^" + h.id() + "-" + h.version()));
        bundle.setTimestamp(written);

        JpClinsPatient.fill(patient, s.patient(), s.institutionCode());
        hospital.setName(h.senderFacilityName()).setActive(true);
        if (s.institutionCode() != null) {
            hospital.addIdentifier().setSystem(JpClinsPatient.INSTITUTION_SYSTEM).setValue(s.institutionCode());
        }
        hospital.addIdentifier().setSystem(ID_SYSTEM + "facility").setValue(String.valueOf(h.senderFacilityId()));
        hospital.addType().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/organization-type").setCode("prov")
                .setDisplay("Healthcare Provider");
        author.addName(JpClinsPatient.name(s.authorName(), "IDE"));

        stay.addIdentifier().setSystem(RESOURCE_ID).setValue(h.id() + "-stay");
        boolean completed = h.status() == HandoffStatus.COMPLETED;
        stay.setStatus(completed ? Encounter.EncounterStatus.FINISHED : Encounter.EncounterStatus.INPROGRESS);
        stay.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP", "入院"));
        stay.setSubject(ref(patient));
        stay.setServiceProvider(ref(hospital));
        Period period = new Period();
        if (d.admissionDate() != null) {
            period.setStartElement(new DateTimeType(d.admissionDate().toString()));
        }
        period.setEndElement(new DateTimeType(dischargeDay.toString()));
        stay.setPeriod(period);
        if (d.reasonForAdmission() != null) {
            stay.addReasonCode().setText(d.reasonForAdmission());
        }
        if (d.outcome() != null) {
            stay.getHospitalization().getDischargeDisposition().addCoding(
                    new Coding(DischargeOutcome.SYSTEM, d.outcome().code, d.outcome().display));
        }

        c.addExtension("http://hl7.org/fhir/StructureDefinition/composition-clinicaldocument-versionNumber",
                new StringType(String.valueOf(h.version() + 1)));
        c.setIdentifier(new Identifier().setSystem(RESOURCE_ID).setValue(facility + "^" + year + "^" + h.id()));
        c.setStatus(conforming ? Composition.CompositionStatus.FINAL : Composition.CompositionStatus.PRELIMINARY);
        c.setType(new CodeableConcept(new Coding(DOC_TYPE_SYSTEM, "18842-5", "退院時サマリー")));
        c.addCategory(new CodeableConcept(new Coding(DOC_SUBTYPE_SYSTEM, "DISCHARGE", "退院時文書")));
        c.setSubject(ref(patient));
        c.setEncounter(ref(stay));
        c.setDate(written);
        c.addAuthor(ref(author));
        c.addAuthor(ref(hospital));
        c.setTitle(conforming ? "退院時サマリー" : "退院時サマリー（下書き）");
        c.setCustodian(ref(hospital));
        c.addEvent().setPeriod(period.copy());
        if (!conforming) {
            c.setText(narrative(Narrative.NarrativeStatus.GENERATED,
                    concat(List.of("この文書は下書きで、JP-CLINS 退院時サマリーには準拠していません。"), gaps)));
        }

        Composition.SectionComponent structured = c.addSection();
        structured.setTitle("構造情報");
        structured.getCode().addCoding(new Coding(SECTION_SYSTEM, "300", "構造情報セクション"));

        section(structured, Section.DETAILS_ON_ADMISSION, lines(
                d.admissionDate() == null ? null : s.label().apply("handoff.admission-date") + ": " + d.admissionDate(),
                h.senderFacilityName()), List.of(stay));
        List<Resource> admissionDx = conditions(entries, d.codedAdmissionDiagnoses(), patient, stay, h.id() + "-adm");
        section(structured, Section.DIAGNOSES_ON_ADMISSION, d.admissionDiagnoses(), admissionDx);
        section(structured, Section.CHIEF_COMPLAINTS, lines(d.chiefComplaint()), List.of());
        section(structured, Section.REASON_FOR_ADMISSION, lines(d.reasonForAdmission()),
                d.reasonForAdmission() == null ? List.of() : List.of(stay));
        section(structured, Section.PRESENT_ILLNESS, lines(d.presentIllness()), List.of());
        List<Resource> course = new ArrayList<>();
        if (d.hospitalCourse() != null) {
            DocumentReference doc = entries.add(new DocumentReference(), "JP_DocumentReference_eCS");
            doc.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
            doc.setType(new CodeableConcept(new Coding("http://loinc.org", "11506-3", "Progress note")).setText("入院中経過"));
            doc.setDescription("入院中経過");
            doc.addContent().setAttachment(new Attachment().setContentType("text/plain;charset=utf-8").setLanguage("ja")
                    .setData(d.hospitalCourse().getBytes(StandardCharsets.UTF_8)).setTitle("入院中経過"));
            doc.setSubject(ref(patient));
            course.add(doc);
        }
        section(structured, Section.HOSPITAL_COURSE, lines(d.hospitalCourse()), course);
        section(structured, Section.DETAILS_ON_DISCHARGE, lines(
                (h.dischargedOn() != null ? s.label().apply("handoff.discharged-on") + ": " + h.dischargedOn()
                        : s.label().apply("handoff.planned-discharge") + ": " + d.plannedDischargeDate()),
                d.outcome() == null ? null : s.label().apply("sheet.outcome") + ": " + d.outcome().display,
                d.prognosis() == null ? null : s.label().apply("handoff.prognosis") + ": " + d.prognosis(),
                d.toldToPatient() == null ? null : s.label().apply("handoff.told") + ": " + d.toldToPatient()), List.of(stay));
        List<Resource> dischargeDx = conditions(entries, d.codedDischargeDiagnoses(), patient, stay, h.id() + "-dis");
        section(structured, Section.DIAGNOSES_ON_DISCHARGE, d.dischargeDiagnoses(), dischargeDx);
        List<Resource> meds = new ArrayList<>();
        int rp = 0;
        for (String m : d.dischargeMedications()) {
            if (m.isBlank()) {
                continue;
            }
            rp++;
            MedicationRequest mr = entries.add(new MedicationRequest(), "JP_MedicationRequest_eCS");
            mr.addIdentifier().setSystem(RESOURCE_ID).setValue(h.id() + "-med-" + rp);
            mr.addIdentifier().setSystem("http://jpfhir.jp/fhir/core/mhlw/IdSystem/Medication-RPGroupNumber").setValue(String.valueOf(rp));
            mr.addIdentifier().setSystem("http://jpfhir.jp/fhir/core/mhlw/IdSystem/MedicationAdministrationIndex").setValue("1");
            mr.setStatus(completed ? MedicationRequest.MedicationRequestStatus.COMPLETED : MedicationRequest.MedicationRequestStatus.DRAFT);
            mr.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
            // typed by a person: no YJ code is known, so the IG's "no standard code" and dummy usage code
            mr.setMedication(new CodeableConcept(new Coding(NOCODED_SYSTEM, "NOCODED", "標準コードなし")).setText(m.strip()));
            mr.setSubject(ref(patient));
            mr.setEncounter(ref(stay));
            mr.setAuthoredOnElement(new DateTimeType(dischargeDay.toString()));
            Dosage dose = mr.addDosageInstruction().setText(m.strip());
            dose.addExtension("http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_MedicationDosage_PeriodOfUse",
                    new Period().setStartElement(new DateTimeType(dischargeDay.toString())));
            dose.getTiming().getCode().addCoding(new Coding(USAGE_UNCODED_SYSTEM, "0X0XXXXXXXXX0000", "ダミー用法コード"));
            dose.getTiming().getCode().setText(m.strip());
            meds.add(mr);
        }
        section(structured, Section.MEDICATION_ON_DISCHARGE, d.dischargeMedications(), meds);
        List<String> instructions = instructions(d, s.label());
        List<Resource> plan = new ArrayList<>();
        if (!instructions.isEmpty()) {
            CarePlan cp = entries.add(new CarePlan(), "JP_CarePlan_eCS");
            cp.addIdentifier().setSystem(RESOURCE_ID).setValue(h.id() + "-plan");
            cp.setStatus(CarePlan.CarePlanStatus.ACTIVE);
            cp.setIntent(CarePlan.CarePlanIntent.PLAN);
            cp.addCategory(new CodeableConcept(new Coding("http://jpfhir.jp/fhir/CarePlan/CodeSystem/category", "discharge-plan",
                    "退院時プラン")));
            cp.setTitle("退院時方針");
            cp.setDescription(String.join("\n", instructions));
            cp.setSubject(ref(patient));
            cp.setEncounter(ref(stay));
            cp.setPeriod(new Period().setStartElement(new DateTimeType(dischargeDay.toString())));
            plan.add(cp);
        }
        section(structured, Section.INSTRUCTION_ON_DISCHARGE, instructions, plan);
        if (d.allergies() != null) {
            List<Resource> allergies = new ArrayList<>();
            int n = 0;
            List<CodedLine> allergyLines = d.allergyLines();
            for (CodedLine a : allergyLines) {
                n++;
                CodedLine.Scheme scheme = a.codes().keySet().stream().findFirst().orElse(null);
                if (scheme == null) {
                    continue; // no code: the narrative says it, no code is made up
                }
                AllergyIntolerance ai = entries.add(new AllergyIntolerance(), "JP_AllergyIntolerance_eCS");
                ai.addIdentifier().setSystem(RESOURCE_ID).setValue(h.id() + "-allergy-" + n);
                ai.setClinicalStatus(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")));
                ai.setVerificationStatus(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")));
                ai.addCategory(switch (scheme) {
                    case FOOD -> AllergyIntolerance.AllergyIntoleranceCategory.FOOD;
                    case DRUG -> AllergyIntolerance.AllergyIntoleranceCategory.MEDICATION;
                    default -> AllergyIntolerance.AllergyIntoleranceCategory.ENVIRONMENT;
                });
                ai.setCode(new CodeableConcept(new Coding(scheme.system, a.code(scheme), a.text())).setText(a.text()));
                ai.setPatient(ref(patient));
                allergies.add(ai);
            }
            section(structured, Section.ALLERGIES, allergyLines.stream().map(CodedLine::text).toList(), allergies);
        }
        if (d.pastIllness() != null) {
            section(structured, Section.PAST_ILLNESS, lines(d.pastIllness()), List.of());
        }
        if (d.advanceDirective() != null) {
            section(structured, Section.ADVANCE_DIRECTIVE, lines(d.advanceDirective()), List.of());
        }

        for (Resource r : entries.all) {
            bundle.addEntry().setFullUrl("urn:uuid:" + r.getIdElement().getIdPart()).setResource(r);
        }
        return bundle;
    }

    /** The resources of the document in order, each with its id, {@code meta.lastUpdated} and (when conforming) profile. */
    private static final class Entries {
        final List<Resource> all = new ArrayList<>();
        final boolean conforming;
        final Date written;

        Entries(boolean conforming, Date written) {
            this.conforming = conforming;
            this.written = written;
        }

        <T extends Resource> T add(T r, @Nullable String ecsProfile) {
            r.setId(UUID.randomUUID().toString());
            r.getMeta().setLastUpdated(written);
            if (conforming) {
                r.getMeta().addProfile(ecsProfile == null ? COMPOSITION_PROFILE : ECS + ecsProfile);
            }
            all.add(r);
            return r;
        }
    }

    /** Diagnoses with their MEDIS 病名管理番号 (all 9s when the hospital gave none) and ICD-10 code when given. */
    private static List<Resource> conditions(Entries entries, List<CodedLine> diagnoses, Patient patient, Encounter stay,
            String idPrefix) {
        List<Resource> out = new ArrayList<>();
        int n = 0;
        for (CodedLine dx : diagnoses) {
            Condition c = entries.add(new Condition(), "JP_Condition_eCS");
            c.addIdentifier().setSystem(RESOURCE_ID).setValue(idPrefix + "-" + (++n));
            c.setClinicalStatus(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active")));
            c.setVerificationStatus(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed")));
            c.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-category",
                    "encounter-diagnosis", "Encounter Diagnosis")));
            String medis = dx.code(CodedLine.Scheme.MEDIS);
            CodeableConcept code = new CodeableConcept().setText(dx.text());
            code.addCoding(new Coding(CodedLine.Scheme.MEDIS.system, medis != null ? medis : MEDIS_UNCODED, dx.text()));
            String icd10 = dx.code(CodedLine.Scheme.ICD10);
            if (icd10 != null) {
                code.addCoding(new Coding(CodedLine.Scheme.ICD10.system, icd10, dx.text()));
            }
            c.setCode(code);
            c.setSubject(ref(patient));
            c.setEncounter(ref(stay));
            out.add(c);
        }
        return out;
    }

    private static List<String> instructions(DischargeSheet d, Function<String, String> label) {
        List<String> instructions = new ArrayList<>();
        add(instructions, d.dischargeInstructions());
        if (!d.treatments().isEmpty()) {
            instructions.add(label.apply("handoff.treatments") + ": " + String.join("、",
                    d.treatments().stream().sorted().map(t -> label.apply("treatment." + t)).toList()));
        }
        add(instructions, d.treatmentNotes());
        add(instructions, d.nursingPoints() == null ? null : label.apply("handoff.nursing") + ": " + d.nursingPoints());
        add(instructions, d.rehabilitationPoints() == null ? null : label.apply("handoff.rehabilitation") + ": " + d.rehabilitationPoints());
        add(instructions, d.contraindications() == null ? null : label.apply("handoff.contraindications") + ": " + d.contraindications());
        add(instructions, d.readyAtHome() == null ? null : label.apply("handoff.ready-at-home") + ": " + d.readyAtHome());
        add(instructions, d.wishes() == null ? null : label.apply("handoff.wishes") + ": " + d.wishes());
        return instructions;
    }

    /**
     * A sub-section with its narrative and entries. A required section without data still appears, saying so (記載なし)
     * with the empty reason "nilknown".
     */
    private static void section(Composition.SectionComponent parent, Section section, List<String> text, List<Resource> entries) {
        Composition.SectionComponent s = parent.addSection();
        s.setTitle(section.title);
        s.getCode().addCoding(new Coding(SECTION_SYSTEM, section.code, section.display));
        List<String> shown = text.stream().filter(t -> t != null && !t.isBlank()).toList();
        s.setText(narrative(Narrative.NarrativeStatus.ADDITIONAL, shown.isEmpty() ? List.of("記載なし") : shown));
        if (entries.isEmpty() && shown.isEmpty()) {
            s.setEmptyReason(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/list-empty-reason",
                    "nilknown", "Nil Known")));
        }
        entries.forEach(r -> s.addEntry(ref(r)));
    }

    private static Narrative narrative(Narrative.NarrativeStatus status, List<String> paragraphs) {
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        paragraphs.forEach(t -> div.append("<p>").append(HtmlUtils.htmlEscape(t).replace("\n", "<br/>")).append("</p>"));
        Narrative n = new Narrative();
        n.setStatus(status);
        n.setDivAsString(div.append("</div>").toString());
        return n;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> lines(@Nullable String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            add(out, v);
        }
        return out;
    }

    private static void add(List<String> list, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            list.add(value);
        }
    }
}
