package org.renkei.handoff;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.renkei.handoff.HandoffService.RecipientRequest;
import org.renkei.patient.JpClinsPatient;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientService;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.Translations;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * 診療情報提供書 (referral letter, LOINC 57133-1) received as a FHIR R4 document Bundle from a hospital
 * system: the patient is found among the sender's patients (by the portal's patient id in
 * {@code Patient.identifier}, or by kana reading and birth date), the letter's sections fill a discharge
 * information draft, addressed to the given facilities or to the home team on the patient's team. The
 * draft is then sent like any other.
 */
@Service
public class ReferralLetterService {

    public static final String REFERRAL = "57133-1";

    /** At most this many of the validator's errors are listed in the refusal. */
    private static final int MAX_PROBLEMS = 50;

    /** The sections we read, by their JP-CLINS codes; any other section of the letter goes to the notes, titled. */
    private enum Part { PURPOSE, DIAGNOSES, COMPLAINT, REASON, ILLNESS, PAST, ALLERGIES, MEDICATIONS, COURSE, INSTRUCTIONS, NOTES }

    /** Sections that only hold others (構造情報) or name the two facilities (紹介元, 紹介先): nothing of their own to keep. */
    private static final Set<String> CONTAINERS = Set.of("300", "910", "920");

    private static final Map<String, Part> CODES = Map.ofEntries(Map.entry("950", Part.PURPOSE), Map.entry("340", Part.DIAGNOSES),
            Map.entry("342", Part.DIAGNOSES), Map.entry("344", Part.DIAGNOSES), Map.entry("352", Part.COMPLAINT),
            Map.entry("312", Part.REASON), Map.entry("360", Part.ILLNESS), Map.entry("362", Part.ILLNESS),
            Map.entry("370", Part.PAST), Map.entry("372", Part.PAST), Map.entry("510", Part.ALLERGIES),
            Map.entry("430", Part.MEDICATIONS), Map.entry("444", Part.MEDICATIONS), Map.entry("330", Part.COURSE),
            Map.entry("333", Part.COURSE), Map.entry("420", Part.INSTRUCTIONS), Map.entry("424", Part.INSTRUCTIONS));

    private final Translations translations;
    private final HandoffDraftService drafts;
    private final HandoffPrefillService prefill;
    private final PatientService patients;
    private final LetterDocumentService documents;

    ReferralLetterService(Translations translations, HandoffDraftService drafts, HandoffPrefillService prefill,
            PatientService patients, LetterDocumentService documents) {
        this.documents = documents;
        this.translations = translations;
        this.drafts = drafts;
        this.prefill = prefill;
        this.patients = patients;
    }

    /**
     * A discharge information draft from the letter. {@code plannedDischarge} is needed when the letter's
     * encounter has no end date; {@code to} empty means the home team on the patient's team.
     */
    public long importLetter(Actor actor, String json, @Nullable LocalDate plannedDischarge, List<RecipientRequest> to) {
        Bundle bundle;
        try {
            bundle = DischargeSummaryFhir.context().newJsonParser().parseResource(Bundle.class, json);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
            throw new InvalidInputException("bundle", "handoff.referral-unreadable", String.valueOf(e.getMessage()));
        }
        if (bundle.getType() != Bundle.BundleType.DOCUMENT || bundle.getEntry().isEmpty()
                || !(bundle.getEntryFirstRep().getResource() instanceof Composition composition)) {
            throw new InvalidInputException("bundle", "handoff.referral-not-document");
        }
        if (composition.getType().getCoding().stream().noneMatch(c -> REFERRAL.equals(c.getCode()))) {
            throw new InvalidInputException("bundle", "handoff.referral-not-a-letter");
        }
        List<SingleValidationMessage> errors = JpClinsValidator.errors(JpClinsValidator.shared().validate(bundle,
                JpClinsValidator.REFERRAL));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().limit(MAX_PROBLEMS).map(m -> new InvalidInputException.Problem(
                    JpClinsValidator.location(m), "handoff.referral-nonconforming",
                    List.of(String.valueOf(m.getMessageId()), m.getMessage()))).toList());
        }
        Patient patient = resolve(bundle, composition.getSubject(), Patient.class);
        if (patient == null) {
            throw new InvalidInputException("bundle", "handoff.referral-no-patient");
        }
        long patientId = findPatient(actor, patient);

        Map<Part, List<String>> text = new EnumMap<>(Part.class);
        List<AttachedFile> carried = new ArrayList<>();
        for (Composition.SectionComponent s : composition.getSection()) {
            read(bundle, s, text, carried);
        }
        LocalDate admitted = null;
        LocalDate planned = plannedDischarge;
        Encounter stay = resolve(bundle, composition.getEncounter(), Encounter.class);
        if (stay != null && stay.hasPeriod()) {
            admitted = date(stay.getPeriod().getStart());
            if (planned == null) {
                planned = date(stay.getPeriod().getEnd());
            }
        }
        if (planned == null) {
            throw new InvalidInputException("plannedDischarge", "handoff.referral-no-date");
        }
        List<String> instructions = new ArrayList<>(text.getOrDefault(Part.PURPOSE, List.of()));
        instructions.addAll(text.getOrDefault(Part.INSTRUCTIONS, List.of()));
        DischargeSheet sheet = new DischargeSheet(planned, admitted, one(text, Part.COMPLAINT), one(text, Part.REASON),
                one(text, Part.ILLNESS), List.of(), text.getOrDefault(Part.DIAGNOSES, List.of()), one(text, Part.COURSE), Set.of(), null,
                null, null, null, one(text, Part.ALLERGIES), one(text, Part.PAST), null, null, null, null, Map.of(), null,
                text.getOrDefault(Part.MEDICATIONS, List.of()), instructions.isEmpty() ? null : String.join("\n", instructions),
                one(text, Part.NOTES), null);
        List<RecipientRequest> recipients = to.isEmpty() ? prefill.homeTeam(actor, patientId) : to;
        long id = drafts.draftDischarge(actor, patientId, sheet, recipients);
        documents.keep(id, carried);
        return id;
    }

    private long findPatient(Actor actor, Patient p) {
        for (Identifier id : p.getIdentifier()) {
            if ((JpClinsPatient.ID_SYSTEM + "patient").equals(id.getSystem()) && id.getValue() != null && id.getValue().matches("\\d+")) {
                return Long.parseLong(id.getValue());
            }
        }
        LocalDate born = p.hasBirthDate() ? date(p.getBirthDate()) : null;
        for (var name : p.getName()) {
            String text = name.hasText() ? name.getText() : (name.getFamily() + " " + name.getGivenAsSingleString()).strip();
            if (text.isBlank() || born == null) {
                continue;
            }
            List<PatientCard> found = patients.myPatients(actor, text, 0, 20).stream().filter(c -> born.equals(c.birthDate())).toList();
            if (found.size() == 1) {
                return found.getFirst().id();
            }
        }
        throw new InvalidInputException("bundle", "handoff.referral-patient-unknown");
    }

    /**
     * Keeps every section's text: its narrative (what the hospital wrote), then the names of its entries that the
     * narrative does not already say. A section we have no item for goes to the notes under its title; an attached
     * document is taken when it is text carried in the letter, and named as not taken when it is only referred to.
     */
    private void read(Bundle bundle, Composition.SectionComponent s, Map<Part, List<String>> text, List<AttachedFile> carried) {
        String code = s.getCode().getCoding().stream().map(Coding::getCode).filter(Objects::nonNull).findFirst().orElse("");
        if (!CONTAINERS.contains(code)) {
            Part part = CODES.getOrDefault(code, Part.NOTES);
            String narrative = s.hasText() && s.getText().hasDiv() ? narrative(s.getText().getDivAsString()) : "";
            List<String> lines = new ArrayList<>(narrative.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !"記載なし".equals(l)).toList());
            List<String> notTaken = new ArrayList<>();
            for (Reference r : s.getEntry()) {
                Resource entry = resolve(bundle, r, Resource.class);
                String label = switch (entry) {
                    case Condition c -> concept(c.getCode());
                    case MedicationRequest m -> m.hasMedicationCodeableConcept() ? concept(m.getMedicationCodeableConcept()) : null;
                    case AllergyIntolerance a -> concept(a.getCode());
                    case DocumentReference d -> document(d, s.getTitle(), notTaken, carried);
                    case null, default -> null;
                };
                if (label != null && !label.isBlank() && !narrative.contains(label.strip())) {
                    lines.add(label.strip());
                }
            }
            if (part == Part.NOTES && !lines.isEmpty()) {
                lines = List.of((s.hasTitle() ? s.getTitle() : code) + ": " + String.join("\n", lines));
            }
            text.computeIfAbsent(part, k -> new ArrayList<>()).addAll(lines);
            text.computeIfAbsent(Part.NOTES, k -> new ArrayList<>()).addAll(notTaken);
        }
        for (Composition.SectionComponent child : s.getSection()) {
            read(bundle, child, text, carried);
        }
    }

    /**
     * A document's text when the letter carries it as text; a PDF or image it carries is kept with the draft
     * ({@code carried}); one that is only referred to (a URL) or of another kind is named in {@code notTaken}.
     */
    private @Nullable String document(DocumentReference d, @Nullable String section, List<String> notTaken,
            List<AttachedFile> carried) {
        for (DocumentReference.DocumentReferenceContentComponent c : d.getContent()) {
            Attachment a = c.getAttachment();
            String type = a.hasContentType() ? a.getContentType() : "?";
            if (a.hasData() && type.startsWith("text/")) {
                return new String(a.getData(), StandardCharsets.UTF_8).strip();
            }
            String title = a.hasTitle() ? a.getTitle() : d.hasDescription() ? d.getDescription() : section == null ? "" : section;
            String taken = a.hasData() ? LetterDocumentService.typeTaken(a.getData()) : null;
            if (taken != null) {
                carried.add(new AttachedFile(title.isBlank() ? "document" : title.strip(), taken, a.getData()));
                notTaken.add(translations.text("handoff.referral-attached", Locale.JAPANESE, title, type));
            } else {
                notTaken.add(translations.text("handoff.referral-not-imported", Locale.JAPANESE, title, type));
            }
        }
        return null;
    }

    private static @Nullable String concept(CodeableConcept c) {
        if (c.hasText()) {
            return c.getText();
        }
        return c.getCoding().stream().map(Coding::getDisplay).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The text of an XHTML narrative: block ends and line breaks as new lines, tags gone, entities decoded. */
    static String narrative(String div) {
        String text = div.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</(p|div|li|tr|h\\d)>", "\n").replaceAll("<[^>]+>", "");
        return HtmlUtils.htmlUnescape(text).strip();
    }

    private static <T extends Resource> @Nullable T resolve(Bundle bundle, Reference ref, Class<T> type) {
        if (ref == null || !ref.hasReference()) {
            return null;
        }
        String target = ref.getReference();
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            Resource r = e.getResource();
            if (r == null) {
                continue;
            }
            boolean match = target.equals(e.getFullUrl()) || target.equals(r.getResourceType() + "/" + r.getIdElement().getIdPart());
            if (match && type.isInstance(r)) {
                return type.cast(r);
            }
        }
        return null;
    }

    private static @Nullable String one(Map<Part, List<String>> text, Part part) {
        List<String> lines = text.get(part);
        return lines == null || lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static @Nullable LocalDate date(java.util.@Nullable Date d) {
        return d == null ? null : d.toInstant().atZone(ZoneId.of(TimeConfiguration.TOKYO.getId())).toLocalDate();
    }
}
