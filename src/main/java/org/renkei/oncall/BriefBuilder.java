package org.renkei.oncall;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.MemberSummary;
import org.renkei.oncall.internal.BriefChoices;
import org.renkei.patient.CoveredPatient;
import org.renkei.patient.PatientSummary;
import org.renkei.platform.Translations;
import org.springframework.stereotype.Component;

/**
 * Builds the on-call brief (申し送り) of a patient from their current summary, in the reader's language: nothing is
 * typed twice. A full brief names the fields it lacks, for the 主治医 to fill before the cover starts.
 */
@Component
class BriefBuilder {

    /** The fields a full brief must have (keys under {@code oncall.brief.field.*}). */
    static final List<String> REQUIRED = List.of("diagnoses", "resuscitation", "transport", "expected-events", "key-persons",
            "entry", "last-visit");

    private final Translations translations;
    private final BriefChoices choices;

    BriefBuilder(Translations translations, BriefChoices choices) {
        this.translations = translations;
        this.choices = choices;
    }

    /** Which of these patients get the minimal brief (the others the full one). */
    Set<Long> minimal(Collection<Long> patientIds) {
        Set<Long> out = new HashSet<>();
        choices.findAllById(patientIds).forEach(c -> {
            if (c.minimal()) {
                out.add(c.patientId());
            }
        });
        return out;
    }

    Brief build(CoveredPatient p, boolean minimal, boolean outsideConsent, @Nullable MemberSummary primary,
            Map<Long, FacilityContact> facilities, LocalDate today, Locale locale) {
        PatientSummary s = p.summary();
        FacilityContact primaryClinic = p.primaryFacilityId() == null ? null : facilities.get(p.primaryFacilityId());
        String sex = t(locale, "sex." + p.sex());
        int age = Period.between(p.birthDate(), today).getYears();
        String primaryName = primary == null ? (primaryClinic == null ? "?" : primaryClinic.name()) : primary.name();
        String primaryFacility = primaryClinic == null ? "" : primaryClinic.name();
        String primaryPhone = primaryClinic == null ? null : primaryClinic.phone();
        if (minimal || outsideConsent) {
            return new Brief(p.id(), p.name(), p.nameKana(), p.birthDate(), age, sex, p.address(), p.phone(), true, outsideConsent,
                    primaryName, primaryFacility, primaryPhone, List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                    null, null, List.of(), List.of(), null, List.of(), null, null, List.of(), List.of(), List.of());
        }
        List<String> diagnoses = s.problems().stream().filter(PatientSummary.Problem::active)
                .map(x -> x.name() + (x.note() == null || x.note().isBlank() ? "" : "（" + x.note() + "）")).toList();
        List<String> regular = new ArrayList<>();
        List<String> asNeeded = new ArrayList<>();
        for (PatientSummary.Medication m : s.medications()) {
            String line = join(" ", m.name(), m.dose(), m.usage());
            (m.asNeeded() ? asNeeded : regular).add(line);
        }
        List<String> allergies = s.allergies().stream().map(a -> a.substance()
                + (a.reaction() == null || a.reaction().isBlank() ? "" : "（" + a.reaction() + "）")
                + (a.severe() ? " " + t(locale, "oncall.brief.severe") : "")).toList();
        PatientSummary.Acp acp = s.acp();
        PatientSummary.OnCall oc = s.onCall();
        List<String> events = oc.expectedEvents().stream()
                .map(e -> e.event() + (e.order() == null || e.order().isBlank() ? "" : " → " + e.order())).toList();
        List<String> keyPersons = s.contacts().stream()
                .sorted(Comparator.comparing((PatientSummary.Contact c) -> !c.keyPerson()))
                .map(c -> (c.keyPerson() ? "◎ " : "") + join(" ", c.name(), "（" + c.relation() + "）", c.phone()))
                .toList();
        List<String> nursing = p.nurseStationIds().stream().map(facilities::get).filter(java.util.Objects::nonNull)
                .map(f -> f.name() + " " + f.phone()).toList();
        List<String> devices = new ArrayList<>(s.devices().stream().map(d -> t(locale, "device." + d)).sorted().toList());
        if (s.deviceNotes() != null && !s.deviceNotes().isBlank()) {
            devices.add(s.deviceNotes());
        }
        List<String> safety = s.safetyFlags().stream()
                .map(f -> t(locale, "safety." + f.kind()) + (f.note() == null || f.note().isBlank() ? "" : "：" + f.note())).toList();
        String wishes = join("／", acp.wishes(), acp.decisionMaker() == null ? null : t(locale, "oncall.brief.decision-maker", acp.decisionMaker()));
        List<String> missing = new ArrayList<>();
        check(missing, "diagnoses", !diagnoses.isEmpty());
        check(missing, "resuscitation", acp.resuscitation() != null);
        check(missing, "transport", oc.transport() != null);
        check(missing, "expected-events", !events.isEmpty());
        check(missing, "key-persons", !keyPersons.isEmpty());
        check(missing, "entry", oc.entry() != null && !oc.entry().isBlank());
        check(missing, "last-visit", oc.lastVisitOn() != null);
        return new Brief(p.id(), p.name(), p.nameKana(), p.birthDate(), age, sex, p.address(), p.phone(), false, false,
                primaryName, primaryFacility, primaryPhone, diagnoses, regular, asNeeded, allergies, s.contraindications(),
                acp.resuscitation() == null ? null : t(locale, "resuscitation." + acp.resuscitation()),
                acp.placeOfCare() == null ? null : t(locale, "place-of-care." + acp.placeOfCare()),
                oc.transport() == null ? null : t(locale, "transport." + oc.transport()), wishes, events, keyPersons, oc.entry(),
                nursing, oc.lastVisitOn(), oc.backupBed(), devices, safety, missing);
    }

    private static void check(List<String> missing, String field, boolean present) {
        if (!present) {
            missing.add(field);
        }
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.text(key, locale, args);
    }

    static @Nullable String join(String separator, @Nullable String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!b.isEmpty()) {
                    b.append(separator);
                }
                b.append(part);
            }
        }
        return b.isEmpty() ? null : b.toString();
    }
}
