package org.renkei.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberSummary;
import org.renkei.kit.Forms;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientService;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.safety.PairBasis;
import org.renkei.safety.PairVisitService;
import org.renkei.safety.internal.PairVisit;
import org.renkei.security.Actor;

/** Logs a visit made by two: the patient, the day and time, the two (a member, and a member or a named helper), the basis. */
final class PairVisitDialog extends Dialog {

    final ComboBox<PatientCard> patient = new ComboBox<>();
    final DatePicker day = new DatePicker();
    final TimePicker start = new TimePicker();
    final IntegerField minutes = new IntegerField();
    final ComboBox<MemberSummary> staff = new ComboBox<>();
    final ComboBox<MemberSummary> partner = new ComboBox<>();
    final TextField partnerName = new TextField();
    final RadioButtonGroup<PairBasis> basis = new RadioButtonGroup<>();
    final Button save = new Button();

    PairVisitDialog(PairVisitService visits, PatientService patients, DirectoryLookup directory, Actor actor, Runnable saved) {
        setHeaderTitle(getTranslation("safety.page.log-pair"));
        List<MemberSummary> members = directory.members(directory.activeMemberIds(Objects.requireNonNull(actor.facilityId()))).values()
                .stream().sorted(Comparator.comparing(MemberSummary::nameKana)).toList();
        patient.setLabel(getTranslation("safety.page.patient"));
        patient.setItems(patients.myPatients(actor, "", 0, 500));
        patient.setItemLabelGenerator(PatientCard::name);
        patient.setId("pair-patient");
        day.setLabel(getTranslation("safety.page.visit-day"));
        day.setValue(LocalDate.now(TimeConfiguration.TOKYO));
        day.setMax(LocalDate.now(TimeConfiguration.TOKYO));
        day.setId("pair-day");
        start.setLabel(getTranslation("safety.page.start"));
        start.setId("pair-start");
        minutes.setLabel(getTranslation("safety.page.minutes"));
        minutes.setMin(1);
        minutes.setMax(600);
        minutes.setId("pair-minutes");
        staff.setLabel(getTranslation("safety.page.staff"));
        staff.setItems(members);
        staff.setItemLabelGenerator(MemberSummary::name);
        members.stream().filter(m -> m.id() == actor.memberId()).findFirst().ifPresent(staff::setValue);
        staff.setId("pair-staff");
        partner.setLabel(getTranslation("safety.page.partner"));
        partner.setItems(members);
        partner.setItemLabelGenerator(MemberSummary::name);
        partner.setClearButtonVisible(true);
        partner.setId("pair-partner");
        partnerName.setLabel(getTranslation("safety.page.partner-name"));
        partnerName.setHelperText(getTranslation("safety.page.partner-name-help"));
        partnerName.setMaxLength(100);
        partnerName.setId("pair-partner-name");
        basis.setLabel(getTranslation("safety.page.basis"));
        basis.setItems(PairBasis.values());
        basis.setItemLabelGenerator(b -> getTranslation("safety.pair-basis." + b));
        basis.setValue(PairBasis.FEE);
        basis.setId("pair-basis");
        FormLayout form = new FormLayout(patient, day, start, minutes, staff, partner, partnerName, basis);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(basis, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("pair-save");
        save.addClickListener(e -> {
            if (Parts.missing(this, patient) || Parts.missing(this, day) || Parts.missing(this, staff)) {
                return;
            }
            try {
                visits.log(actor, new PairVisit.Visit(patient.getValue().id(), day.getValue(), start.getValue(), minutes.getValue(),
                        staff.getValue().id(), partner.getValue() == null ? null : partner.getValue().id(), partnerName.getValue(),
                        basis.getValue(), null));
                close();
                Forms.success(getTranslation("safety.page.pair-logged"));
                saved.run();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("staffId", staff, "partner", partner, "visitedOn", day, "minutes", minutes));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), x -> close()), save);
        setWidth("min(36rem, 95vw)");
    }
}
