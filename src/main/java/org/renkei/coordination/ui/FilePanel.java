package org.renkei.coordination.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.renkei.coordination.CoordinationQueries;
import org.renkei.coordination.CoordinationService;
import org.renkei.coordination.Need;
import org.renkei.coordination.RequestDetails;
import org.renkei.coordination.RequestRow;
import org.renkei.directory.AssociationService;
import org.renkei.directory.Capability;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.DistrictInfo;
import org.renkei.directory.FacilityContact;
import org.renkei.kit.Forms;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientService;
import org.renkei.patient.Sex;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;

/**
 * 依頼する: the form that asks the district's desk to find care (the patient anonymous, by age and sex, or, with their
 * consent, one of the member's patients), each refusal shown on its field; below, what the member's facility has asked
 * for, each opening its request.
 */
final class FilePanel extends Div {

    /** The longest note a request keeps. */
    static final int NOTE_LIMIT = 2000;


    final Select<Need> need = new Select<>();
    final MultiSelectComboBox<Capability> capabilities = new MultiSelectComboBox<>();
    final Select<DistrictInfo> district = new Select<>();
    final DatePicker start = new DatePicker();
    final TextArea note = new TextArea();
    final Checkbox linkPatient = new Checkbox();
    final ComboBox<PatientCard> patient = new ComboBox<>();
    final IntegerField age = new IntegerField();
    final Select<Sex> sex = new Select<>();
    final Button submit = new Button();
    final Details form = new Details();
    final Div list = Parts.list();
    private final CoordinationService coordination;
    private final CoordinationQueries queries;
    private final AssociationService associations;
    private final DirectoryLookup directory;
    private final PatientService patients;
    private final Actor actor;

    FilePanel(CoordinationService coordination, CoordinationQueries queries, AssociationService associations, DirectoryLookup directory,
            PatientService patients, Actor actor) {
        this.coordination = coordination;
        this.queries = queries;
        this.associations = associations;
        this.directory = directory;
        this.patients = patients;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("coordination-file");
        buildForm();
        list.setId("coordination-mine");
        Div mine = Parts.section(this, "coordination.page.mine");
        mine.add(list);
        if (actor.facilityId() == null) {
            add(Parts.empty(this, "coordination.no-facility"));
        } else {
            add(Parts.note(this, "coordination.page.file.intro"), form, mine);
        }
    }

    void refresh() {
        if (actor.facilityId() == null) {
            return;
        }
        if (district.getListDataView().getItemCount() == 0) {
            List<DistrictInfo> own = associations.districts().stream()
                    .filter(d -> actor.associationId() != null && d.associationId() == actor.associationId()).toList();
            district.setItems(own);
            FacilityContact facility = directory.contacts(List.of(actor.facilityId())).get(actor.facilityId());
            own.stream().filter(d -> facility != null && facility.districtId() != null && d.id() == facility.districtId()).findFirst()
                    .or(() -> own.size() == 1 ? own.stream().findFirst() : Optional.empty()).ifPresent(district::setValue);
        }
        List<PatientCard> mine = patients.myPatients(actor, null, 0, 200);
        PatientCard chosen = patient.getValue();
        patient.setItems(mine);
        mine.stream().filter(p -> chosen != null && p.id() == chosen.id()).findFirst().ifPresent(patient::setValue);
        linkPatient.setVisible(!mine.isEmpty());
        if (mine.isEmpty()) {
            linkPatient.setValue(false);
        }
        list.removeAll();
        List<RequestRow> rows = queries.mine(actor);
        if (rows.isEmpty()) {
            list.add(Parts.empty(this, "coordination.page.none"));
        }
        rows.forEach(r -> list.add(RequestCards.card(this, getLocale(), r, false)));
    }

    private void buildForm() {
        need.setLabel(getTranslation("coordination.page.need"));
        need.setItems(Need.values());
        need.setItemLabelGenerator(n -> n == null ? "" : getTranslation("coordination.need." + n));
        need.setId("coordination-need");
        need.setWidthFull();
        need.addValueChangeListener(e -> offerCapabilities(e.getValue()));
        capabilities.setLabel(getTranslation("coordination.page.capabilities"));
        capabilities.setItemLabelGenerator(c -> getTranslation("capability." + c));
        capabilities.setItems(Capability.values());
        capabilities.setId("coordination-capabilities");
        capabilities.setWidthFull();
        district.setLabel(getTranslation("coordination.page.district"));
        district.setItemLabelGenerator(d -> d == null ? "" : d.name());
        district.setId("coordination-district");
        district.setWidthFull();
        LocalDate today = LocalDate.now(TimeConfiguration.TOKYO);
        start.setLabel(getTranslation("coordination.page.start"));
        start.setMin(today);
        start.setMax(today.plusYears(1));
        start.setValue(today);
        start.setId("coordination-start");
        start.setWidthFull();
        note.setLabel(getTranslation("coordination.page.note"));
        note.setHelperText(getTranslation("coordination.page.note-help"));
        note.setMaxLength(NOTE_LIMIT);
        note.setWidthFull();
        note.setId("coordination-note");
        age.setLabel(getTranslation("coordination.page.age"));
        age.setMin(0);
        age.setMax(120);
        age.setStepButtonsVisible(true);
        age.setId("coordination-age");
        age.setWidthFull();
        sex.setLabel(getTranslation("coordination.page.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> s == null ? "" : getTranslation("sex." + s));
        sex.setId("coordination-sex");
        sex.setWidthFull();
        linkPatient.setLabel(getTranslation("coordination.page.link-patient"));
        linkPatient.setId("coordination-link-patient");
        linkPatient.addValueChangeListener(e -> showPatientFields());
        patient.setLabel(getTranslation("coordination.page.patient"));
        patient.setHelperText(getTranslation("coordination.page.link-help"));
        patient.setItemLabelGenerator(p -> getTranslation("join.paren", p.name(), p.nameKana()));
        patient.setId("coordination-patient");
        patient.setWidthFull();
        submit.setText(getTranslation("coordination.page.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("coordination-submit");
        submit.addClickListener(e -> submit());
        FormLayout fields = new FormLayout(need, district, capabilities, start, age, sex, linkPatient, patient, note);
        fields.setColspan(capabilities, 2);
        fields.setColspan(linkPatient, 2);
        fields.setColspan(patient, 2);
        fields.setColspan(note, 2);
        form.setSummaryText(getTranslation("coordination.page.file.new"));
        form.add(fields, Parts.actions(submit));
        form.addClassName("oncall-form");
        form.setId("coordination-form");
        form.setOpened(true);
        showPatientFields();
    }

    /** The capabilities the kind of facility the need calls for may declare (all, when any kind will do). */
    private void offerCapabilities(Need n) {
        Set<Capability> offered = n == null || n.facilityType() == null ? EnumSet.allOf(Capability.class)
                : Capability.declarableBy(n.facilityType());
        Set<Capability> kept = capabilities.getValue().stream().filter(offered::contains).collect(Collectors.toCollection(LinkedHashSet::new));
        capabilities.setItems(offered.stream().sorted().toList());
        capabilities.setValue(kept);
    }

    private void showPatientFields() {
        boolean linked = linkPatient.getValue();
        patient.setVisible(linked);
        age.setVisible(!linked);
        sex.setVisible(!linked);
    }

    private void submit() {
        boolean linked = linkPatient.getValue();
        Map<String, HasValidation> fields = Map.of("need", need, "capabilities", capabilities, "district", district, "startOn", start,
                "note", note, "patientAge", age, "patientSex", sex, "patient", patient);
        fields.values().forEach(f -> f.setInvalid(false));
        boolean missing = Parts.missing(this, need) | Parts.missing(this, district) | Parts.missing(this, start)
                | (linked ? Parts.missing(this, patient) : Parts.missing(this, age));
        if (missing) {
            return;
        }
        try {
            RequestDetails r = coordination.file(actor, new CoordinationService.NewRequest(need.getValue(),
                    capabilities.getValue().stream().map(Capability::name).collect(Collectors.toCollection(LinkedHashSet::new)),
                    district.getValue().id(), start.getValue(), note.getValue(), linked ? patient.getValue().id() : null,
                    linked ? null : age.getValue(), linked || sex.getValue() == null ? null : sex.getValue().name()));
            Forms.success(getTranslation("coordination.page.filed"));
            note.clear();
            getUI().ifPresent(ui -> ui.navigate(CoordinationRequestPage.href(r.id())));
        } catch (InvalidInputException x) {
            Forms.show(x, this, fields);
        } catch (RenkeiException x) {
            Forms.error(this, x);
        }
    }
}
