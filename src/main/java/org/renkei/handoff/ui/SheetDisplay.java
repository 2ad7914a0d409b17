package org.renkei.handoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.renkei.handoff.AdmissionSheet;
import org.renkei.handoff.DischargeSheet;
import org.renkei.patient.PatientSummary.AdlItem;
import org.renkei.patient.PatientSummary.AdlLevel;
import org.renkei.shell.Dates;

/** A sheet to read, in the sections of its form; empty items are left out. */
final class SheetDisplay {

    private final Component view;
    private final Div root = new Div();
    private @Nullable Div current;

    private SheetDisplay(Component view) {
        this.view = view;
        root.addClassName("summary");
    }

    static Component admission(Component view, AdmissionSheet a) {
        SheetDisplay d = new SheetDisplay(view);
        d.section("sheet.section.basics");
        d.item("sheet.admissionDate", d.date(a.admissionDate()));
        d.item("sheet.hospitalContact", a.hospitalContact());
        d.item("sheet.housing", d.join(a.housing(), a.floor() == null ? null : a.floor() + d.t("pdf.floor"),
                a.elevator() ? d.t("pdf.elevator-yes") : null));
        d.item("sheet.careLevel", a.careLevel() == null ? null : d.t("care-level." + a.careLevel()));
        d.item("sheet.independence", a.independence() == null ? null : d.t("independence." + a.independence()));
        d.item("sheet.dementia", a.dementia() == null ? null : d.t("dementia." + a.dementia()));
        d.item("sheet.household", a.household());
        d.item("sheet.mainCarer", a.mainCarer());
        d.item("sheet.keyPerson", a.keyPerson());
        d.section("sheet.section.wishes");
        d.item("sheet.wishes", a.wishes());
        d.item("sheet.servicesBefore", a.servicesBefore());
        d.item("sheet.lifeAtHomeNeeds", a.lifeAtHomeNeeds());
        d.item("sheet.wishesToAttendConferences", d.t(a.wishesToAttendConferences() ? "pdf.yes" : "pdf.no"));
        d.section("sheet.section.function");
        d.adl(a.adl());
        d.item("sheet.mealsAndSwallowing", a.mealsAndSwallowing());
        d.item("sheet.dentures", a.dentures() ? d.t("pdf.yes") : null);
        d.item("sheet.toileting", a.toileting());
        d.item("sheet.sleep", a.sleep());
        d.item("sheet.smokingAndDrinking", a.smokingAndDrinking());
        d.item("sheet.sightAndHearing", a.sightAndHearing());
        d.item("sheet.communication", a.communication());
        d.item("sheet.behaviouralSymptoms", a.behaviouralSymptoms());
        d.section("sheet.section.medical");
        d.item("sheet.diseasesAndAdmissions", a.diseasesAndAdmissions());
        d.item("sheet.medicines", a.medicines());
        d.item("sheet.medicinesManagedBy", a.medicinesManagedBy());
        d.item("sheet.familyDoctor", a.familyDoctor());
        return d.root;
    }

    static Component discharge(Component view, DischargeSheet s) {
        SheetDisplay d = new SheetDisplay(view);
        d.section("sheet.section.stay");
        d.item("sheet.admissionDate", s.admissionDate() == null ? null : d.date(s.admissionDate()));
        d.item("sheet.plannedDischargeDate", d.date(s.plannedDischargeDate()));
        d.item("sheet.chiefComplaint", s.chiefComplaint());
        d.item("sheet.reasonForAdmission", s.reasonForAdmission());
        d.item("sheet.presentIllness", s.presentIllness());
        d.item("sheet.admissionDiagnoses", lines(s.admissionDiagnoses()));
        d.item("sheet.dischargeDiagnoses", lines(s.dischargeDiagnoses()));
        d.item("sheet.hospitalCourse", s.hospitalCourse());
        d.item("sheet.outcome", s.outcome() == null ? null : d.t("outcome." + s.outcome()));
        d.section("sheet.section.continue");
        d.item("sheet.treatments", s.treatments().isEmpty() ? null
                : String.join(d.t("join.list"), s.treatments().stream().sorted().map(t -> d.t("treatment." + t)).toList()));
        d.item("sheet.treatmentNotes", s.treatmentNotes());
        d.item("sheet.nursingPoints", s.nursingPoints());
        d.item("sheet.rehabilitationPoints", s.rehabilitationPoints());
        d.item("sheet.contraindications", s.contraindications());
        d.item("sheet.allergies", s.allergies());
        d.item("sheet.pastIllness", s.pastIllness());
        d.item("sheet.dischargeMedications", lines(s.dischargeMedications()));
        d.item("sheet.dischargeInstructions", s.dischargeInstructions());
        d.item("sheet.referralNotes", s.referralNotes());
        d.section("sheet.section.outlook");
        d.item("sheet.prognosis", s.prognosis());
        d.item("sheet.toldToPatient", s.toldToPatient());
        d.item("sheet.wishes", s.wishes());
        d.item("sheet.advanceDirective", s.advanceDirective());
        d.section("sheet.section.adl-discharge");
        d.adl(s.adlAtDischarge());
        d.item("sheet.readyAtHome", s.readyAtHome());
        return d.root;
    }

    private void section(String key) {
        Div s = new Div(new H3(t(key)));
        s.addClassName("summary-section");
        root.add(s);
        current = s;
    }

    private void item(String key, @Nullable String value) {
        if (value == null || value.isBlank() || current == null) {
            return;
        }
        H4 label = new H4(t(key));
        label.addClassName("sheet-label");
        Span text = new Span(value);
        text.addClassName("sheet-value");
        current.add(label, text);
    }

    private void adl(Map<AdlItem, AdlLevel> adl) {
        if (adl.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder();
        for (AdlItem item : AdlItem.values()) {
            AdlLevel level = adl.get(item);
            if (level != null) {
                b.append(b.isEmpty() ? "" : t("join.gap")).append(t("adl." + item)).append(": ").append(t("adl-level." + level));
            }
        }
        item("sheet.adl", b.toString());
    }

    private String t(String key) {
        return view.getTranslation(key);
    }

    private String date(LocalDate date) {
        return Dates.date(date, UI.getCurrent().getLocale());
    }

    private static @Nullable String lines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private @Nullable String join(@Nullable String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(b.isEmpty() ? "" : t("join.gap")).append(p);
            }
        }
        return b.isEmpty() ? null : b.toString();
    }
}
