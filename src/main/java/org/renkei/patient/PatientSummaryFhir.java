package org.renkei.patient;

import static org.renkei.patient.JpClinsPatient.ECS;
import static org.renkei.patient.JpClinsPatient.ID_SYSTEM;
import static org.renkei.patient.JpClinsPatient.INSTITUTION_SYSTEM;
import static org.renkei.patient.JpClinsPatient.MEDIS_SYSTEM;
import static org.renkei.patient.JpClinsPatient.MEDIS_UNCODED;
import static org.renkei.patient.JpClinsPatient.RESOURCE_ID;
import static org.renkei.patient.JpClinsPatient.ref;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.FacilityInfo;
import org.renkei.directory.OfficialCode;
import org.renkei.platform.TimeConfiguration;
import org.springframework.web.util.HtmlUtils;

/**
 * 患者サマリー（療養計画書）: the current version of a patient's summary as a FHIR R4 document Bundle after JP-CLINS
 * 1.5.2's patient summary ({@code JP_Bundle_ePCS}). The Composition (type 56447-6 計画書) has the one section the
 * profile allows (422 計画サマリー): the whole summary as its narrative, and as entries the problems (Conditions, their
 * names declared uncoded) and a CarePlan whose description carries the care needs. The author is the member who
 * exports it, with their facility.
 * <p>
 * A document claims the profiles only when it meets them. Without the author facility's 医療機関コード, the patient's
 * insurance or address, a name split into family and given names, or at least one problem, it names no profile,
 * it is {@code preliminary}, and its narrative says what is missing ({@link #gaps}). Medicines and allergies stay
 * in the narrative: the section's entries may only be the CarePlan and Conditions.
 */
public final class PatientSummaryFhir {

    public static final String BUNDLE_PROFILE = "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_ePCS";
    static final String COMPOSITION_PROFILE = "http://jpfhir.jp/fhir/ePCS/StructureDefinition/JP_Composition_ePCS";

    /** What the document says, and about whom. {@code label} gives the Japanese text of a message key. */
    record Source(PatientDemographics patient, SummaryVersion summary, Author author, Instant now,
            Function<String, String> label) {}

    /** The member exporting, with their facility (null for one who works at none). */
    record Author(long memberId, String name, @Nullable FacilityInfo facility, @Nullable String facilityName) {}

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final TimeZone TOKYO = TimeZone.getTimeZone(TimeConfiguration.TOKYO);

    private PatientSummaryFhir() {}

    public static FhirContext context() {
        return FHIR;
    }

    static String json(Bundle bundle) {
        return FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    /** The author facility's 医療機関コード, if it is a hospital, clinic or dental clinic that entered one. */
    static @Nullable String institutionCode(@Nullable FacilityInfo facility) {
        return facility == null ? null : OfficialCode.institutionCode(facility.type(), facility.officialCode());
    }

    /** What keeps the document from conforming, as message keys ({@code fhir.pcs.gap.*}); empty when it conforms. */
    static List<String> gaps(Source s) {
        List<String> gaps = new ArrayList<>();
        if (institutionCode(s.author().facility()) == null) {
            gaps.add("fhir.pcs.gap.institution-code");
        }
        if (s.patient().insurance() == null) {
            gaps.add("fhir.pcs.gap.insurance");
        }
        if (s.patient().address() == null || s.patient().address().isBlank()) {
            gaps.add("fhir.pcs.gap.address");
        }
        if (split(s.patient().name()).length < 2) {
            gaps.add("fhir.pcs.gap.name");
        }
        if (s.summary().summary().problems().isEmpty()) {
            gaps.add("fhir.pcs.gap.problems");
        }
        return gaps;
    }

    static Bundle build(Source s) {
        PatientSummary summary = s.summary().summary();
        VersionInfo version = s.summary().info();
        List<String> gaps = gaps(s);
        boolean conforms = gaps.isEmpty();
        Date written = Date.from(s.now());
        LocalDate today = LocalDate.ofInstant(s.now(), TimeConfiguration.TOKYO);
        LocalDate revised = version.version() == 0 ? today : LocalDate.ofInstant(version.createdAt(), TimeConfiguration.TOKYO);
        @Nullable String code = institutionCode(s.author().facility());
        String issuer = code != null ? code : "renkei-" + (s.author().facility() == null ? "0" : s.author().facility().id());
        String documentId = "PCS-" + s.patient().id() + "-" + version.version();

        Patient patient = JpClinsPatient.fill(new Patient(), s.patient(), institutionCode(s.author().facility()));
        Practitioner author = practitioner(s.author());
        Organization facility = organization(s.author(), code);
        Encounter care = new Encounter();
        CarePlan plan = new CarePlan();
        List<Condition> problems = new ArrayList<>();
        for (int i = 0; i < summary.problems().size(); i++) {
            problems.add(new Condition());
        }
        Composition c = new Composition();
        // every resource has its id before anything refers to it
        uuid(c, patient, author, facility, care, plan);
        problems.forEach(PatientSummaryFhir::uuid);

        care.setStatus(Encounter.EncounterStatus.FINISHED);
        care.addIdentifier(new Identifier().setSystem(RESOURCE_ID).setValue(documentId));
        care.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "HH", "home health"));
        care.setSubject(ref(patient));
        care.setPeriod(new Period().setStartElement(new DateTimeType(revised.toString())));
        care.setServiceProvider(ref(facility));
        describe(care, "在宅医療（" + revised + "）");
        describe(patient, String.join(" ", split(s.patient().name())) + "（" + s.patient().birthDate() + " 生）");
        describe(author, String.join(" ", split(s.author().name())));
        describe(facility, facility.getName() + (code == null ? "" : "（医療機関コード " + code + "）"));

        for (int i = 0; i < problems.size(); i++) {
            condition(problems.get(i), summary.problems().get(i), documentId + "-" + (i + 1), patient);
        }

        plan.addIdentifier(new Identifier().setSystem(RESOURCE_ID).setValue(documentId));
        plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.addCategory(new CodeableConcept(new Coding("http://jpfhir.jp/fhir/CarePlan/CodeSystem/category",
                "followup-plan", "外来診療経過中プラン")));
        plan.setTitle("療養計画");
        plan.setDescription(careNeeds(summary, s.label()));
        plan.setSubject(ref(patient));
        plan.setPeriod(new Period().setStartElement(new DateTimeType(revised.toString())));
        plan.setCreatedElement(new DateTimeType(revised.toString()));
        describe(plan, plan.getDescription());

        c.addExtension("http://hl7.org/fhir/StructureDefinition/composition-clinicaldocument-versionNumber",
                new StringType(String.valueOf(version.version())));
        c.setIdentifier(new Identifier().setSystem(RESOURCE_ID).setValue(issuer + "-" + today.getYear() + "-" + documentId));
        c.setStatus(conforms ? Composition.CompositionStatus.FINAL : Composition.CompositionStatus.PRELIMINARY);
        c.setType(new CodeableConcept(new Coding("http://jpfhir.jp/fhir/Common/CodeSystem/doc-typecodes", "56447-6", "計画書")));
        c.addCategory(new CodeableConcept(new Coding("http://jpfhir.jp/fhir/Common/CodeSystem/doc-subtypecodes",
                "OUTPATIENT", "外来文書")));
        c.setSubject(ref(patient));
        c.setEncounter(ref(care));
        c.setDateElement(new DateTimeType(written, TemporalPrecisionEnum.SECOND, TOKYO));
        c.addAuthor(ref(author));
        c.addAuthor(ref(facility));
        c.setTitle("患者サマリー（療養計画書）");
        List<String> head = new ArrayList<>();
        head.add(MessageFormat.format(s.label().apply("fhir.pcs.version"), String.valueOf(version.version()), revised.toString()));
        if (!conforms) {
            head.add(MessageFormat.format(s.label().apply("fhir.pcs.not-conforming"),
                    String.join("、", gaps.stream().map(s.label()).toList())));
        }
        c.setText(narrative(Map.of("", head)));
        Composition.SectionComponent section = c.addSection();
        section.setTitle("計画サマリー");
        section.getCode().addCoding(new Coding("http://jpfhir.jp/fhir/clins/CodeSystem/document-section", "422",
                "計画サマリーセクション"));
        Map<String, List<String>> text = new LinkedHashMap<>();
        SummaryText.sections(summary, s.label()).forEach((key, lines) -> {
            if (!lines.isEmpty()) {
                text.put(s.label().apply("summary.section." + key), lines);
            }
        });
        if (text.isEmpty()) {
            text.put("", List.of("記載なし"));
        }
        section.setText(narrative(text));
        section.addEntry(ref(plan));
        problems.forEach(p -> section.addEntry(ref(p)));

        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.DOCUMENT);
        bundle.setIdentifier(new Identifier().setSystem("http://jpfhir.jp/fhir/clins/bundle-identifier")
                .setValue(issuer + "^" + today.getYear() + "^" + documentId));
        bundle.setLanguage("ja");
        bundle.setTimestampElement(instant(written));
        List<Resource> entries = new ArrayList<>(List.of(c, patient, author, facility, care, plan));
        entries.addAll(problems);
        for (Resource r : entries) {
            r.getMeta().setLastUpdatedElement(instant(written));
            bundle.addEntry().setFullUrl("urn:uuid:" + r.getIdElement().getIdPart()).setResource(r);
        }
        if (conforms) {
            bundle.getMeta().addProfile(BUNDLE_PROFILE + "|1");
            c.getMeta().addProfile(COMPOSITION_PROFILE + "|1");
            patient.getMeta().addProfile(ECS + "JP_Patient_eCS");
            author.getMeta().addProfile(ECS + "JP_Practitioner_eCS");
            facility.getMeta().addProfile(ECS + "JP_Organization_eCS");
            care.getMeta().addProfile(ECS + "JP_Encounter_eCS");
            plan.getMeta().addProfile(ECS + "JP_CarePlan_ePCS");
            plan.getMeta().addProfile(ECS + "JP_CarePlan_eCS");
            problems.forEach(p -> p.getMeta().addProfile(ECS + "JP_Condition_eCS"));
        }
        bundle.getMeta().setLastUpdatedElement(instant(written));
        return bundle;
    }

    private static Practitioner practitioner(Author a) {
        Practitioner p = new Practitioner();
        p.addIdentifier(new Identifier().setSystem(ID_SYSTEM + "member").setValue(String.valueOf(a.memberId())));
        p.addName(JpClinsPatient.name(a.name(), "IDE"));
        return p;
    }

    private static Organization organization(Author a, @Nullable String code) {
        Organization o = new Organization();
        FacilityInfo f = a.facility();
        if (code != null) {
            o.addIdentifier(new Identifier().setSystem(INSTITUTION_SYSTEM).setValue(code));
        }
        if (f != null) {
            o.addIdentifier(new Identifier().setSystem(ID_SYSTEM + "facility").setValue(String.valueOf(f.id())));
        }
        o.addType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/organization-type", "prov",
                "Healthcare Provider")));
        o.setName(f != null ? f.name() : a.facilityName() != null ? a.facilityName() : "不明");
        if (f != null) {
            o.addAddress().setText(f.address()).setPostalCode(f.postalCode()).setCountry("JP");
            o.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(f.phone());
        }
        return o;
    }

    private static void condition(Condition c, PatientSummary.Problem p, String id, Patient patient) {
        c.addIdentifier(new Identifier().setSystem(RESOURCE_ID).setValue(id));
        c.setClinicalStatus(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical",
                p.active() ? "active" : "resolved", p.active() ? "Active" : "Resolved")));
        c.setVerificationStatus(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed")));
        c.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-category",
                "problem-list-item", "Problem List Item")));
        // the summary holds names only: declared uncoded, the name as the display
        c.setCode(new CodeableConcept(new Coding(MEDIS_SYSTEM, MEDIS_UNCODED, p.name().strip())).setText(p.name().strip()));
        c.setSubject(ref(patient));
        if (p.since() != null) {
            c.setOnset(new DateTimeType(p.since().toString()));
        }
        if (p.note() != null && !p.note().isBlank()) {
            c.addNote().setText(p.note());
        }
        describe(c, p.name().strip() + (p.active() ? "" : "（解決）") + (p.since() == null ? "" : " " + p.since() + "〜"));
    }

    /** The care needs as the plan's text: every section of the summary but problems, medicines and allergies. */
    private static String careNeeds(PatientSummary summary, Function<String, String> label) {
        List<String> lines = new ArrayList<>();
        SummaryText.sections(summary, label).forEach((key, values) -> {
            if (!values.isEmpty() && !List.of("problems", "medications", "allergies").contains(key)) {
                lines.add("【" + label.apply("summary.section." + key) + "】");
                lines.addAll(values);
            }
        });
        return lines.isEmpty() ? "記載なし" : String.join("\n", lines);
    }

    /** Paragraphs under headings (none for an empty heading), as the XHTML a narrative holds. */
    private static Narrative narrative(Map<String, List<String>> text) {
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        text.forEach((heading, lines) -> {
            if (!heading.isEmpty()) {
                div.append("<h3>").append(HtmlUtils.htmlEscape(heading)).append("</h3>");
            }
            lines.forEach(l -> div.append("<p>").append(HtmlUtils.htmlEscape(l).replace("\n", "<br/>")).append("</p>"));
        });
        Narrative n = new Narrative();
        n.setStatus(Narrative.NarrativeStatus.ADDITIONAL);
        n.setDivAsString(div.append("</div>").toString());
        return n;
    }

    private static String[] split(String name) {
        return name.strip().split("[\\s　]+", 2);
    }

    /** An instant as the portal shows times: in Tokyo (+09:00). */
    private static InstantType instant(Date at) {
        return new InstantType(at, TemporalPrecisionEnum.MILLI, TOKYO);
    }

    /** A resource's own narrative, a line of what it says (besides the section's, for a reader of the resource alone). */
    private static void describe(DomainResource r, String line) {
        Narrative n = narrative(Map.of("", List.of(line)));
        n.setStatus(Narrative.NarrativeStatus.GENERATED);
        r.setText(n);
    }

    private static void uuid(Resource... resources) {
        for (Resource r : resources) {
            r.setId(UUID.randomUUID().toString());
        }
    }
}
