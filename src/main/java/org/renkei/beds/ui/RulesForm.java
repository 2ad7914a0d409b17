package org.renkei.beds.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.beds.ProgrammeInfo;
import org.renkei.beds.Purpose;
import org.renkei.beds.internal.BedProgramme;

/**
 * A programme's name and rules, to set one up or change it: minimum age, purposes (respite or not), the longest stay, the
 * gap before the same patient uses a bed again, exclusions, requests through the desk, and the time a hospital has to
 * answer.
 */
final class RulesForm extends FormLayout {

    final TextField name = new TextField();
    final IntegerField minAge = new IntegerField();
    final CheckboxGroup<Purpose> purposes = new CheckboxGroup<>();
    final IntegerField longestStayDays = new IntegerField();
    final IntegerField reuseGapDays = new IntegerField();
    final TextArea exclusions = new TextArea();
    final Checkbox viaDesk = new Checkbox();
    final IntegerField answerMinutesToday = new IntegerField();
    final IntegerField answerMinutesLater = new IntegerField();

    RulesForm(String idPrefix) {
        name.setLabel(getTranslation("beds.page.programme.name"));
        name.setMaxLength(200);
        name.setId(idPrefix + "-name");
        minAge.setLabel(getTranslation("beds.page.programme.min-age"));
        minAge.setHelperText(getTranslation("beds.page.programme.min-age-help"));
        minAge.setMin(0);
        minAge.setMax(120);
        minAge.setId(idPrefix + "-min-age");
        purposes.setLabel(getTranslation("beds.page.programme.purposes"));
        purposes.setItems(Purpose.values());
        purposes.setItemLabelGenerator(p -> getTranslation("beds.purpose." + p));
        purposes.setId(idPrefix + "-purposes");
        longestStayDays.setLabel(getTranslation("beds.page.programme.longest-stay"));
        longestStayDays.setMin(1);
        longestStayDays.setMax(90);
        longestStayDays.setId(idPrefix + "-longest-stay");
        reuseGapDays.setLabel(getTranslation("beds.page.programme.reuse-gap"));
        reuseGapDays.setMin(0);
        reuseGapDays.setMax(365);
        reuseGapDays.setId(idPrefix + "-reuse-gap");
        exclusions.setLabel(getTranslation("beds.page.programme.exclusions"));
        exclusions.setMaxLength(1000);
        exclusions.setId(idPrefix + "-exclusions");
        viaDesk.setLabel(getTranslation("beds.page.programme.via-desk"));
        viaDesk.setId(idPrefix + "-via-desk");
        answerMinutesToday.setLabel(getTranslation("beds.page.programme.answer-today"));
        answerMinutesToday.setId(idPrefix + "-answer-today");
        answerMinutesLater.setLabel(getTranslation("beds.page.programme.answer-later"));
        answerMinutesLater.setId(idPrefix + "-answer-later");
        add(name, minAge, longestStayDays, reuseGapDays, answerMinutesToday, answerMinutesLater, purposes, exclusions, viaDesk);
        setColspan(name, 2);
        setColspan(purposes, 2);
        setColspan(exclusions, 2);
        setColspan(viaDesk, 2);
        purposes.setValue(EnumSet.of(Purpose.SEMI_EMERGENCY, Purpose.FEVER_DEHYDRATION, Purpose.PNEUMONIA));
        longestStayDays.setValue(14);
        reuseGapDays.setValue(30);
        answerMinutesToday.setValue(30);
        answerMinutesLater.setValue(240);
    }

    void fill(ProgrammeInfo p) {
        name.setValue(p.name());
        minAge.setValue(p.minAge());
        purposes.setValue(p.purposes());
        longestStayDays.setValue(p.longestStayDays());
        reuseGapDays.setValue(p.reuseGapDays());
        exclusions.setValue(p.exclusions() == null ? "" : p.exclusions());
        viaDesk.setValue(p.viaDesk());
        answerMinutesToday.setValue(p.answerMinutesToday());
        answerMinutesLater.setValue(p.answerMinutesLater());
    }

    /** The rules as typed; null (with the empty fields marked) when a number is missing. */
    BedProgramme.@Nullable Rules rules() {
        fields().values().forEach(f -> f.setInvalid(false));
        boolean missing = Parts.missing(this, longestStayDays) | Parts.missing(this, reuseGapDays)
                | Parts.missing(this, answerMinutesToday) | Parts.missing(this, answerMinutesLater);
        if (missing) {
            return null;
        }
        return new BedProgramme.Rules(minAge.getValue(), Set.copyOf(purposes.getValue()), longestStayDays.getValue(),
                reuseGapDays.getValue(), exclusions.getValue(), viaDesk.getValue(), answerMinutesToday.getValue(),
                answerMinutesLater.getValue());
    }

    /** The fields as the programme's refusals name them. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("minAge", minAge);
        m.put("purposes", purposes);
        m.put("longestStayDays", longestStayDays);
        m.put("reuseGapDays", reuseGapDays);
        m.put("answerMinutes", answerMinutesToday);
        m.put("exclusions", exclusions);
        return m;
    }
}
