package org.renkei.handoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.renkei.handoff.AdmissionSheet;
import org.renkei.handoff.DischargeOutcome;
import org.renkei.handoff.DischargeSheet;
import org.renkei.handoff.DischargeSheet.Treatment;
import org.renkei.patient.PatientSummary.AdlItem;
import org.renkei.patient.PatientSummary.AdlLevel;
import org.renkei.patient.PatientSummary.CareLevel;
import org.renkei.patient.PatientSummary.DementiaLevel;
import org.renkei.patient.PatientSummary.Independence;
import org.renkei.platform.Inputs;

/** The items of a sheet as form fields, in the sections of the standard forms. */
abstract class SheetForm extends Div {

    /** Fields by the name the service uses in its validation problems. */
    final Map<String, HasValidation> fields = new LinkedHashMap<>();

    SheetForm() {
        addClassName("summary-editor");
        addClassName("sheet-form");
    }

    final TextArea area(String name, @Nullable String value) {
        TextArea a = new TextArea(getTranslation("sheet." + name));
        a.setValue(value == null ? "" : value);
        a.setWidthFull();
        a.setMaxLength(4000);
        a.setId("sheet-" + name);
        fields.put(name, a);
        return a;
    }

    final TextField text(String name, @Nullable String value) {
        TextField f = new TextField(getTranslation("sheet." + name));
        f.setValue(value == null ? "" : value);
        f.setMaxLength(500);
        f.setId("sheet-" + name);
        fields.put(name, f);
        return f;
    }

    final DatePicker date(String name, java.time.@Nullable LocalDate value, boolean required) {
        DatePicker d = new DatePicker(getTranslation("sheet." + name));
        d.setValue(value);
        d.setRequiredIndicatorVisible(required);
        d.setLocale(getLocale());
        d.setId("sheet-" + name);
        fields.put(name, d);
        return d;
    }

    final <E extends Enum<E>> ComboBox<E> choice(String name, E[] values, String prefix, @Nullable E value) {
        ComboBox<E> box = new ComboBox<>(getTranslation("sheet." + name));
        box.setItems(Arrays.asList(values));
        box.setItemLabelGenerator(e -> getTranslation(prefix + e));
        box.setClearButtonVisible(true);
        box.setValue(value);
        fields.put(name, box);
        return box;
    }

    final Checkbox check(String name, boolean value) {
        Checkbox c = new Checkbox(getTranslation("sheet." + name), value);
        c.setId("sheet-" + name);
        return c;
    }

    final FormLayout adl(Map<AdlItem, Select<AdlLevel>> selects, Map<AdlItem, AdlLevel> values) {
        FormLayout form = new FormLayout();
        for (AdlItem item : AdlItem.values()) {
            Select<AdlLevel> select = new Select<>();
            select.setLabel(getTranslation("adl." + item));
            select.setItems(AdlLevel.values());
            select.setItemLabelGenerator(l -> l == null ? "—" : getTranslation("adl-level." + l));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("—");
            select.setValue(values.get(item));
            selects.put(item, select);
            form.add(select);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 4));
        return form;
    }

    static Map<AdlItem, AdlLevel> adlValues(Map<AdlItem, Select<AdlLevel>> selects) {
        Map<AdlItem, AdlLevel> values = new EnumMap<>(AdlItem.class);
        selects.forEach((item, select) -> {
            if (select.getValue() != null) {
                values.put(item, select.getValue());
            }
        });
        return values;
    }

    final void section(String titleKey, Component... content) {
        Div section = new Div();
        section.addClassName("editor-section");
        section.add(new H3(getTranslation(titleKey)));
        section.add(content);
        add(section);
    }

    static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        return form;
    }

    static @Nullable String value(TextField f) {
        return Inputs.blank(f.getValue());
    }

    static @Nullable String value(TextArea f) {
        return Inputs.blank(f.getValue());
    }

    static List<String> lines(TextArea f) {
        return f.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }


    /** 入院時情報提供書. */
    static final class Admission extends SheetForm {

        final DatePicker admissionDate;
        final TextField hospitalContact;
        final TextField housing;
        final IntegerField floor = new IntegerField();
        final Checkbox elevator;
        final ComboBox<CareLevel> careLevel;
        final ComboBox<Independence> independence;
        final ComboBox<DementiaLevel> dementia;
        final TextField household;
        final TextField mainCarer;
        final TextField keyPerson;
        final TextArea wishes;
        final TextArea servicesBefore;
        final TextArea lifeAtHomeNeeds;
        final Checkbox attend;
        final Map<AdlItem, Select<AdlLevel>> adl = new EnumMap<>(AdlItem.class);
        final TextArea meals;
        final Checkbox dentures;
        final TextField toileting;
        final TextField sleep;
        final TextField smoking;
        final TextField sight;
        final TextField communication;
        final TextArea behaviour;
        final TextArea diseases;
        final TextArea medicines;
        final TextField medicinesManagedBy;
        final TextField familyDoctor;

        Admission(AdmissionSheet a) {
            admissionDate = date("admissionDate", a.admissionDate(), true);
            hospitalContact = text("hospitalContact", a.hospitalContact());
            housing = text("housing", a.housing());
            floor.setLabel(getTranslation("sheet.floor"));
            floor.setValue(a.floor());
            floor.setMin(-5);
            floor.setMax(100);
            fields.put("floor", floor);
            elevator = check("elevator", a.elevator());
            careLevel = choice("careLevel", CareLevel.values(), "care-level.", a.careLevel());
            independence = choice("independence", Independence.values(), "independence.", a.independence());
            dementia = choice("dementia", DementiaLevel.values(), "dementia.", a.dementia());
            household = text("household", a.household());
            mainCarer = text("mainCarer", a.mainCarer());
            keyPerson = text("keyPerson", a.keyPerson());
            wishes = area("wishes", a.wishes());
            servicesBefore = area("servicesBefore", a.servicesBefore());
            lifeAtHomeNeeds = area("lifeAtHomeNeeds", a.lifeAtHomeNeeds());
            attend = check("wishesToAttendConferences", a.wishesToAttendConferences());
            meals = area("mealsAndSwallowing", a.mealsAndSwallowing());
            dentures = check("dentures", a.dentures());
            toileting = text("toileting", a.toileting());
            sleep = text("sleep", a.sleep());
            smoking = text("smokingAndDrinking", a.smokingAndDrinking());
            sight = text("sightAndHearing", a.sightAndHearing());
            communication = text("communication", a.communication());
            behaviour = area("behaviouralSymptoms", a.behaviouralSymptoms());
            diseases = area("diseasesAndAdmissions", a.diseasesAndAdmissions());
            medicines = area("medicines", a.medicines());
            medicinesManagedBy = text("medicinesManagedBy", a.medicinesManagedBy());
            familyDoctor = text("familyDoctor", a.familyDoctor());

            FormLayout basics = form(admissionDate, hospitalContact, housing, floor, elevator, careLevel, independence, dementia,
                    household, mainCarer, keyPerson);
            section("sheet.section.basics", basics);
            section("sheet.section.wishes", wishes, servicesBefore, lifeAtHomeNeeds, attend);
            FormLayout daily = form(toileting, sleep, smoking, sight, communication, dentures);
            section("sheet.section.function", adl(adl, a.adl()), meals, daily, behaviour);
            section("sheet.section.medical", diseases, medicines, form(medicinesManagedBy, familyDoctor));
        }

        AdmissionSheet value() {
            return new AdmissionSheet(admissionDate.getValue(), value(hospitalContact), value(housing), floor.getValue(),
                    elevator.getValue(), careLevel.getValue(), independence.getValue(), dementia.getValue(), value(household),
                    value(mainCarer), value(keyPerson), value(wishes), value(servicesBefore), value(lifeAtHomeNeeds),
                    attend.getValue(), adlValues(adl), value(meals), dentures.getValue(), value(toileting), value(sleep),
                    value(smoking), value(sight), value(communication), value(behaviour), value(diseases), value(medicines),
                    value(medicinesManagedBy), value(familyDoctor));
        }
    }

    /** 退院時情報提供. */
    static final class Discharge extends SheetForm {

        final DatePicker plannedDischargeDate;
        final DatePicker admissionDate;
        final TextField chiefComplaint;
        final TextArea reasonForAdmission;
        final TextArea presentIllness;
        final TextArea admissionDiagnoses;
        final TextArea dischargeDiagnoses;
        final TextArea hospitalCourse;
        final CheckboxGroup<Treatment> treatments = new CheckboxGroup<>();
        final TextArea treatmentNotes;
        final TextArea nursingPoints;
        final TextArea rehabilitationPoints;
        final TextArea contraindications;
        final TextArea allergies;
        final TextArea pastIllness;
        final TextArea prognosis;
        final TextArea toldToPatient;
        final TextArea wishes;
        final TextArea advanceDirective;
        final Map<AdlItem, Select<AdlLevel>> adl = new EnumMap<>(AdlItem.class);
        final TextArea readyAtHome;
        final TextArea dischargeMedications;
        final TextArea dischargeInstructions;
        final TextArea referralNotes;
        final ComboBox<DischargeOutcome> outcome;

        Discharge(DischargeSheet d) {
            plannedDischargeDate = date("plannedDischargeDate", d.plannedDischargeDate(), true);
            admissionDate = date("admissionDate", d.admissionDate(), false);
            chiefComplaint = text("chiefComplaint", d.chiefComplaint());
            reasonForAdmission = area("reasonForAdmission", d.reasonForAdmission());
            presentIllness = area("presentIllness", d.presentIllness());
            admissionDiagnoses = area("admissionDiagnoses", String.join("\n", d.admissionDiagnoses()));
            dischargeDiagnoses = area("dischargeDiagnoses", String.join("\n", d.dischargeDiagnoses()));
            admissionDiagnoses.setHelperText(getTranslation("sheet.diagnosis-codes-help"));
            dischargeDiagnoses.setHelperText(getTranslation("sheet.diagnosis-codes-help"));
            outcome = choice("outcome", DischargeOutcome.values(), "outcome.", d.outcome());
            outcome.setId("sheet-outcome");
            hospitalCourse = area("hospitalCourse", d.hospitalCourse());
            treatments.setLabel(getTranslation("sheet.treatments"));
            treatments.setItems(Treatment.values());
            treatments.setItemLabelGenerator(t -> getTranslation("treatment." + t));
            treatments.setValue(d.treatments().isEmpty() ? EnumSet.noneOf(Treatment.class) : EnumSet.copyOf(d.treatments()));
            treatments.setId("sheet-treatments");
            treatmentNotes = area("treatmentNotes", d.treatmentNotes());
            nursingPoints = area("nursingPoints", d.nursingPoints());
            rehabilitationPoints = area("rehabilitationPoints", d.rehabilitationPoints());
            contraindications = area("contraindications", d.contraindications());
            allergies = area("allergies", d.allergies());
            allergies.setHelperText(getTranslation("sheet.allergy-codes-help"));
            pastIllness = area("pastIllness", d.pastIllness());
            prognosis = area("prognosis", d.prognosis());
            toldToPatient = area("toldToPatient", d.toldToPatient());
            wishes = area("wishes", d.wishes());
            advanceDirective = area("advanceDirective", d.advanceDirective());
            readyAtHome = area("readyAtHome", d.readyAtHome());
            dischargeMedications = area("dischargeMedications", String.join("\n", d.dischargeMedications()));
            dischargeInstructions = area("dischargeInstructions", d.dischargeInstructions());
            referralNotes = area("referralNotes", d.referralNotes());

            section("sheet.section.stay", form(plannedDischargeDate, admissionDate), chiefComplaint, reasonForAdmission,
                    presentIllness, form(admissionDiagnoses, dischargeDiagnoses), hospitalCourse, outcome);
            section("sheet.section.continue", treatments, treatmentNotes, nursingPoints, rehabilitationPoints, contraindications,
                    form(allergies, pastIllness), dischargeMedications, dischargeInstructions);
            section("sheet.section.outlook", prognosis, toldToPatient, wishes, advanceDirective);
            section("sheet.section.adl-discharge", adl(adl, d.adlAtDischarge()), readyAtHome);
            if (d.referralNotes() != null) {
                section("sheet.section.referral", referralNotes);
            }
        }

        DischargeSheet value() {
            return new DischargeSheet(plannedDischargeDate.getValue(), admissionDate.getValue(), value(chiefComplaint),
                    value(reasonForAdmission), value(presentIllness), lines(admissionDiagnoses), lines(dischargeDiagnoses),
                    value(hospitalCourse), treatments.getValue(), value(treatmentNotes), value(nursingPoints),
                    value(rehabilitationPoints), value(contraindications), value(allergies), value(pastIllness), value(prognosis),
                    value(toldToPatient), value(wishes), value(advanceDirective), adlValues(adl), value(readyAtHome),
                    lines(dischargeMedications), value(dischargeInstructions), value(referralNotes), outcome.getValue());
        }
    }
}
