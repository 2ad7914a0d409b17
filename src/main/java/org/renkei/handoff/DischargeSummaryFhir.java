package org.renkei.handoff;

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
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.PatientDemographics;
import org.renkei.platform.TimeConfiguration;
import org.springframework.web.util.HtmlUtils;

/**
 * The discharge information as a FHIR R4 document Bundle, shaped after the JP-CLINS discharge summary
 * (退院時サマリー, eDischargeSummary): a Composition of type 18842-5 whose structured section (構造情報, 300)
 * holds the ten sub-sections that profile requires, each with a narrative and, where the sheet has the data,
 * entries (Encounter, Condition, DocumentReference, MedicationRequest, CarePlan, AllergyIntolerance).
 * Built with HAPI FHIR's model classes. It claims no profile in {@code meta.profile}: it does not yet conform to
 * JP-CLINS 1.5.2 ({@link JpClinsValidator} says what is missing: the 医療機関コード, the patient's insurance, coded
 * or declared-uncoded diagnoses and medicines, the discharge disposition), and a document must not claim what it is
 * not. Until the discharge is completed the Composition is {@code preliminary}: a draft of a planned discharge.
 */
public final class DischargeSummaryFhir {

    /** The section codes of JP-CLINS (電子カルテ情報共有サービス文書共通セクション区分コード). */
    public static final String SECTION_SYSTEM = "http://jpfhir.jp/fhir/clins/CodeSystem/document-section";
    public static final String DOC_TYPE_SYSTEM = "http://jpfhir.jp/fhir/Common/CodeSystem/doc-typecodes";
    public static final String DOC_SUBTYPE_SYSTEM = "http://jpfhir.jp/fhir/Common/CodeSystem/doc-subtypecodes";
    static final String ID_SYSTEM = "https://renkei.tokyo/fhir/id/";
    static final String INSURANCE_MEMBER_SYSTEM = "http://jpfhir.jp/fhir/clins/Idsystem/JP_Insurance_memberID";

    /** A section of the structured part: its code, display and title as JP-CLINS fixes them. */
    public enum Section {
        DETAILS_ON_ADMISSION("322", "入院時詳細セクション", "入院時詳細", true),
        DIAGNOSES_ON_ADMISSION("342", "入院時診断セクション", "入院時診断", true),
        CHIEF_COMPLAINTS("352", "主訴セクション", "主訴", true),
        REASON_FOR_ADMISSION("312", "入院理由セクション", "入院理由", true),
        PRESENT_ILLNESS("360", "現病歴セクション", "現病歴", true),
        HOSPITAL_COURSE("333", "入院中経過セクション", "入院中経過", true),
        DETAILS_ON_DISCHARGE("324", "退院時詳細セクション", "退院時詳細", true),
        DIAGNOSES_ON_DISCHARGE("344", "退院時診断セクション", "退院時診断", true),
        MEDICATION_ON_DISCHARGE("444", "退院時投薬指示セクション", "退院時投薬指示", true),
        INSTRUCTION_ON_DISCHARGE("424", "退院時方針指示セクション", "退院時方針指示", true),
        ALLERGIES("510", "アレルギー・不耐性反応セクション", "アレルギー・不耐性反応", false),
        PAST_ILLNESS("370", "既往歴セクション", "既往歴", false),
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

    /** What the document needs beside the sheet: the patient, the hospital, the author, the labels. */
    record Source(HandoffDetails handoff, DischargeSheet sheet, PatientDemographics patient, String authorName,
            Function<String, String> label) {}

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private DischargeSummaryFhir() {}

    public static FhirContext context() {
        return FHIR;
    }

    static String json(Bundle bundle) {
        return FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    static Bundle build(Source s) {
        HandoffDetails h = s.handoff();
        DischargeSheet d = s.sheet();
        Bundle bundle = new Bundle();
        Date written = Date.from(h.sentAt() != null ? h.sentAt() : Instant.now());
        bundle.getMeta().setLastUpdated(written);
        bundle.setType(Bundle.BundleType.DOCUMENT);
        bundle.setIdentifier(new Identifier().setSystem("http://jpfhir.jp/fhir/clins/bundle-identifier")
                .setValue("renkei-" + h.senderFacilityId() + "-" + h.id() + "-" + h.version()));
        bundle.setTimestamp(written);

        List<Resource> resources = new ArrayList<>();
        Patient patient = patient(s.patient());
        Organization hospital = new Organization().setName(h.senderFacilityName()).setActive(true)
                .addIdentifier(new Identifier().setSystem(ID_SYSTEM + "facility").setValue(String.valueOf(h.senderFacilityId())));
        Practitioner author = new Practitioner().addName(new HumanName().setText(s.authorName()));
        Encounter stay = new Encounter();
        // every resource has its id before anything refers to it
        uuid(patient, hospital, author, stay);
        stay.setStatus(h.status() == HandoffStatus.COMPLETED ? Encounter.EncounterStatus.FINISHED : Encounter.EncounterStatus.INPROGRESS);
        stay.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP", "inpatient encounter"));
        stay.setServiceProvider(ref(hospital));
        Period period = new Period();
        if (d.admissionDate() != null) {
            period.setStartElement(new DateTimeType(d.admissionDate().toString()));
        }
        period.setEndElement(new DateTimeType(d.plannedDischargeDate().toString()));
        stay.setPeriod(period);
        if (d.reasonForAdmission() != null) {
            stay.addReasonCode(new CodeableConcept().setText(d.reasonForAdmission()));
        }
        stay.getHospitalization().setDischargeDisposition(new CodeableConcept().setText("自宅退院（在宅療養）"));
        stay.setSubject(ref(patient));
        resources.add(patient);
        resources.add(hospital);
        resources.add(author);
        resources.add(stay);

        Composition c = new Composition();
        c.setId(UUID.randomUUID().toString());
        c.getMeta().setLastUpdated(written);
        c.addExtension("http://hl7.org/fhir/StructureDefinition/composition-clinicaldocument-versionNumber",
                new StringType(String.valueOf(h.version() + 1)));
        c.setIdentifier(new Identifier().setSystem("http://jpfhir.jp/fhir/core/IdSystem/resourceInstance-identifier")
                .setValue(h.senderFacilityId() + "-" + LocalDate.now(TimeConfiguration.TOKYO).getYear() + "-" + h.id()));
        c.setStatus(h.status() == HandoffStatus.COMPLETED ? Composition.CompositionStatus.FINAL
                : Composition.CompositionStatus.PRELIMINARY);
        c.setType(new CodeableConcept(new Coding(DOC_TYPE_SYSTEM, "18842-5", "退院時サマリー")));
        c.addCategory(new CodeableConcept(new Coding(DOC_SUBTYPE_SYSTEM, "DISCHARGE", "退院時文書")));
        c.setSubject(ref(patient));
        c.setEncounter(ref(stay));
        c.setDate(written);
        c.addAuthor(ref(author));
        c.addAuthor(ref(hospital));
        c.setTitle("退院時サマリー");
        c.setCustodian(ref(hospital));
        c.addEvent().setPeriod(period.copy());

        Composition.SectionComponent structured = c.addSection();
        structured.setTitle("構造情報");
        structured.getCode().addCoding(new Coding(SECTION_SYSTEM, "300", "構造情報セクション"));

        // 入院時詳細 and 退院時詳細: the stay itself
        section(structured, Section.DETAILS_ON_ADMISSION, lines(
                d.admissionDate() == null ? null : s.label().apply("handoff.admission-date") + ": " + d.admissionDate(),
                h.senderFacilityName()), List.of(stay));
        List<Resource> admissionDx = conditions(d.admissionDiagnoses(), patient, stay, "encounter-diagnosis");
        section(structured, Section.DIAGNOSES_ON_ADMISSION, d.admissionDiagnoses(), admissionDx);
        List<Resource> complaint = d.chiefComplaint() == null ? List.of()
                : conditions(List.of(d.chiefComplaint()), patient, stay, "encounter-diagnosis");
        section(structured, Section.CHIEF_COMPLAINTS, lines(d.chiefComplaint()), complaint);
        section(structured, Section.REASON_FOR_ADMISSION, lines(d.reasonForAdmission()),
                d.reasonForAdmission() == null ? List.of() : List.of(stay));
        List<Resource> illness = d.presentIllness() == null ? List.of()
                : conditions(List.of(d.presentIllness()), patient, stay, "problem-list-item");
        section(structured, Section.PRESENT_ILLNESS, lines(d.presentIllness()), illness);
        List<Resource> course = new ArrayList<>();
        if (d.hospitalCourse() != null) {
            DocumentReference doc = new DocumentReference();
            doc.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
            doc.setType(new CodeableConcept().setText("入院中経過"));
            doc.addContent().setAttachment(new Attachment().setContentType("text/plain; charset=utf-8").setLanguage("ja")
                    .setData(d.hospitalCourse().getBytes(StandardCharsets.UTF_8)).setTitle("入院中経過"));
            doc.setSubject(ref(patient));
            course.add(doc);
        }
        section(structured, Section.HOSPITAL_COURSE, lines(d.hospitalCourse()), course);
        section(structured, Section.DETAILS_ON_DISCHARGE, lines(
                s.label().apply("handoff.planned-discharge") + ": " + d.plannedDischargeDate(),
                d.prognosis() == null ? null : s.label().apply("handoff.prognosis") + ": " + d.prognosis(),
                d.toldToPatient() == null ? null : s.label().apply("handoff.told") + ": " + d.toldToPatient()), List.of(stay));
        List<Resource> dischargeDx = conditions(d.dischargeDiagnoses(), patient, stay, "encounter-diagnosis");
        section(structured, Section.DIAGNOSES_ON_DISCHARGE, d.dischargeDiagnoses(), dischargeDx);
        List<Resource> meds = new ArrayList<>();
        for (String m : d.dischargeMedications()) {
            MedicationRequest mr = new MedicationRequest();
            mr.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
            mr.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
            mr.setMedication(new CodeableConcept().setText(m));
            mr.setSubject(ref(patient));
            mr.setEncounter(ref(stay));
            meds.add(mr);
        }
        section(structured, Section.MEDICATION_ON_DISCHARGE, d.dischargeMedications(), meds);
        List<String> instructions = new ArrayList<>();
        add(instructions, d.dischargeInstructions());
        if (!d.treatments().isEmpty()) {
            instructions.add(s.label().apply("handoff.treatments") + ": " + String.join("、",
                    d.treatments().stream().sorted().map(t -> s.label().apply("treatment." + t)).toList()));
        }
        add(instructions, d.treatmentNotes());
        add(instructions, d.nursingPoints() == null ? null : s.label().apply("handoff.nursing") + ": " + d.nursingPoints());
        add(instructions, d.rehabilitationPoints() == null ? null : s.label().apply("handoff.rehabilitation") + ": " + d.rehabilitationPoints());
        add(instructions, d.contraindications() == null ? null : s.label().apply("handoff.contraindications") + ": " + d.contraindications());
        add(instructions, d.readyAtHome() == null ? null : s.label().apply("handoff.ready-at-home") + ": " + d.readyAtHome());
        add(instructions, d.wishes() == null ? null : s.label().apply("handoff.wishes") + ": " + d.wishes());
        List<Resource> plan = new ArrayList<>();
        if (!instructions.isEmpty()) {
            CarePlan cp = new CarePlan();
            cp.setStatus(CarePlan.CarePlanStatus.ACTIVE);
            cp.setIntent(CarePlan.CarePlanIntent.PLAN);
            cp.setTitle("退院時方針");
            cp.setDescription(String.join("\n", instructions));
            cp.setSubject(ref(patient));
            cp.setEncounter(ref(stay));
            plan.add(cp);
        }
        section(structured, Section.INSTRUCTION_ON_DISCHARGE, instructions, plan);
        if (d.allergies() != null) {
            List<Resource> allergies = new ArrayList<>();
            for (String a : d.allergies().split("\\R")) {
                if (a.isBlank()) {
                    continue;
                }
                AllergyIntolerance ai = new AllergyIntolerance();
                ai.setClinicalStatus(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")));
                ai.setVerificationStatus(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")));
                ai.setCode(new CodeableConcept().setText(a.strip()));
                ai.setPatient(ref(patient));
                allergies.add(ai);
            }
            section(structured, Section.ALLERGIES, lines(d.allergies()), allergies);
        }
        if (d.pastIllness() != null) {
            List<String> past = List.of(d.pastIllness().split("\\R"));
            section(structured, Section.PAST_ILLNESS, past, conditions(past, patient, null, "problem-list-item"));
        }
        if (d.advanceDirective() != null) {
            section(structured, Section.ADVANCE_DIRECTIVE, lines(d.advanceDirective()), List.of());
        }

        bundle.addEntry().setFullUrl("urn:uuid:" + c.getIdElement().getIdPart()).setResource(c);
        for (Resource r : resources) {
            bundle.addEntry().setFullUrl("urn:uuid:" + r.getIdElement().getIdPart()).setResource(r);
        }
        return complete(bundle);
    }

    private static Patient patient(PatientDemographics p) {
        Patient patient = new Patient();
        patient.addIdentifier(new Identifier().setSystem(ID_SYSTEM + "patient").setValue(String.valueOf(p.id())));
        if (p.insurance() != null) {
            // JP-CLINS names the insured as 保険者番号:記号:番号:枝番
            patient.addIdentifier(new Identifier().setSystem(INSURANCE_MEMBER_SYSTEM).setValue(p.insurance().memberId()));
        }
        patient.addName(name(p.name(), "IDE"));
        patient.addName(name(p.nameKana(), "SYL"));
        patient.setGender(switch (p.sex()) {
            case MALE -> Enumerations.AdministrativeGender.MALE;
            case FEMALE -> Enumerations.AdministrativeGender.FEMALE;
            default -> Enumerations.AdministrativeGender.UNKNOWN;
        });
        patient.setBirthDateElement(new DateType(p.birthDate().toString()));
        if (p.address() != null) {
            patient.addAddress().setText(p.address()).setPostalCode(p.postalCode()).setCountry("JP");
        }
        if (p.phone() != null) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(p.phone());
        }
        return patient;
    }

    /** 漢字 (IDE) or カナ (SYL) name, family and given split at the first space as Japanese names are written. */
    private static HumanName name(String full, String representation) {
        HumanName n = new HumanName().setUse(HumanName.NameUse.OFFICIAL).setText(full);
        String[] parts = full.strip().split("[\\s　]+", 2);
        n.setFamily(parts[0]);
        if (parts.length > 1) {
            n.addGiven(parts[1]);
        }
        n.addExtension("http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation",
                new CodeType(representation));
        return n;
    }

    private static List<Resource> conditions(List<String> names, Patient patient, @Nullable Encounter stay, String category) {
        List<Resource> out = new ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            Condition c = new Condition();
            c.setClinicalStatus(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active")));
            c.setVerificationStatus(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed")));
            c.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-category", category,
                    category.equals("encounter-diagnosis") ? "Encounter Diagnosis" : "Problem List Item")));
            c.setCode(new CodeableConcept().setText(name.strip()));
            c.setSubject(ref(patient));
            if (stay != null) {
                c.setEncounter(ref(stay));
            }
            out.add(c);
        }
        return out;
    }

    /**
     * A sub-section with its narrative; entries that are new to the Bundle are added to it. A required section
     * without data still appears, saying so (記載なし) with the empty reason "nilknown".
     */
    private static void section(Composition.SectionComponent parent, Section section, List<String> text, List<Resource> entries) {
        Composition.SectionComponent s = parent.addSection();
        s.setTitle(section.title);
        s.getCode().addCoding(new Coding(SECTION_SYSTEM, section.code, section.display));
        List<String> shown = text.stream().filter(t -> t != null && !t.isBlank()).toList();
        Narrative n = new Narrative();
        n.setStatus(Narrative.NarrativeStatus.ADDITIONAL);
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        if (shown.isEmpty()) {
            div.append("<p>記載なし</p>");
        } else {
            shown.forEach(t -> div.append("<p>").append(HtmlUtils.htmlEscape(t).replace("\n", "<br/>")).append("</p>"));
        }
        n.setDivAsString(div.append("</div>").toString());
        s.setText(n);
        if (entries.isEmpty()) {
            if (shown.isEmpty()) {
                s.setEmptyReason(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/list-empty-reason",
                        "nilknown", "Nil Known")));
            }
            return;
        }
        for (Resource r : entries) {
            if (!r.hasId()) {
                uuid(r);
                pending(parent).add(r);
            }
            s.addEntry(ref(r));
        }
    }

    /** Resources made while filling sections, added to the Bundle with the rest. */
    private static List<Resource> pending(Composition.SectionComponent structured) {
        @SuppressWarnings("unchecked")
        List<Resource> list = (List<Resource>) structured.getUserData("renkei.pending");
        if (list == null) {
            list = new ArrayList<>();
            structured.setUserData("renkei.pending", list);
        }
        return list;
    }

    /** Adds the resources the sections made to the Bundle, after the Composition and the others. */
    private static Bundle complete(Bundle bundle) {
        Composition c = (Composition) bundle.getEntryFirstRep().getResource();
        List<Resource> extra = pending(c.getSectionFirstRep());
        for (Resource r : extra) {
            bundle.addEntry().setFullUrl("urn:uuid:" + r.getIdElement().getIdPart()).setResource(r);
        }
        extra.clear();
        return bundle;
    }

    private static void uuid(Resource... resources) {
        for (Resource r : resources) {
            r.setId(UUID.randomUUID().toString());
        }
    }

    private static Reference ref(Resource r) {
        return new Reference("urn:uuid:" + r.getIdElement().getIdPart());
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
