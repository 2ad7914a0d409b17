package org.renkei.beds.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.renkei.beds.AvailabilityService;
import org.renkei.beds.HospitalInfo;
import org.renkei.beds.PatientSheet;
import org.renkei.beds.PreRegistrationService;
import org.renkei.beds.RegistrationInfo;
import org.renkei.kit.Forms;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientService;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * 事前登録: the team registers a patient at a programme hospital with a date to review it, and sees (and withdraws) the
 * chosen patient's registrations; a hospital's members see the registrations at their hospital, each with the sheet from
 * the current summary, and acknowledge them.
 */
final class RegistrationsPanel extends Div {

    final ComboBox<PatientCard> patient = new ComboBox<>();
    final Select<HospitalInfo> hospital = new Select<>();
    final DatePicker reviewOn = new DatePicker();
    final Button register = new Button();
    final Div patientList = Parts.list();
    final Div hospitalList = Parts.list();
    private final Details form = new Details();
    private final Div teamSection;
    private final Div hospitalSection;
    private final PreRegistrationService registrations;
    private final AvailabilityService availability;
    private final PatientService patients;
    private final Actor actor;
    private boolean filling;

    RegistrationsPanel(PreRegistrationService registrations, AvailabilityService availability, PatientService patients, Actor actor) {
        this.registrations = registrations;
        this.availability = availability;
        this.patients = patients;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("beds-registrations");
        buildForm();
        hospitalSection = Parts.section(this, "beds.page.registrations.at-hospital");
        hospitalSection.add(hospitalList);
        hospitalList.setId("bed-registrations-hospital");
        teamSection = Parts.section(this, "beds.page.registrations.team");
        teamSection.add(Parts.note(this, "beds.page.registrations.intro"), form, patientList);
        patientList.setId("bed-registrations-patient");
        add(hospitalSection, teamSection);
    }

    void refresh() {
        List<HospitalInfo> board = availability.board(actor);
        List<RegistrationInfo> atHospital = registrations.forHospital(actor, getLocale());
        boolean hospitalMember = !atHospital.isEmpty() || board.stream().anyMatch(HospitalInfo::mayUpdate);
        hospitalSection.setVisible(hospitalMember);
        hospitalList.removeAll();
        if (atHospital.isEmpty()) {
            hospitalList.add(Parts.empty(this, "beds.page.registrations.none"));
        }
        atHospital.forEach(r -> hospitalList.add(hospitalCard(r)));

        List<PatientCard> mine = patients.myPatients(actor, null, 0, 200);
        teamSection.setVisible(!mine.isEmpty() || !hospitalMember);
        form.setVisible(!mine.isEmpty() && !board.isEmpty());
        filling = true;
        try {
            PatientCard chosen = patient.getValue();
            patient.setItems(mine);
            mine.stream().filter(p -> chosen != null && p.id() == chosen.id()).findFirst().ifPresent(patient::setValue);
            HospitalInfo at = hospital.getValue();
            hospital.setItems(board);
            board.stream().filter(h -> at != null && h.id() == at.id()).findFirst().ifPresent(hospital::setValue);
        } finally {
            filling = false;
        }
        showPatient();
    }

    private void showPatient() {
        patientList.removeAll();
        PatientCard p = patient.getValue();
        if (p == null) {
            patientList.add(Parts.empty(this, "beds.page.registrations.choose-patient"));
            return;
        }
        List<RegistrationInfo> list = registrations.forPatient(actor, p.id(), getLocale());
        if (list.isEmpty()) {
            patientList.add(Parts.empty(this, "beds.page.registrations.none-for", p.name()));
        }
        list.forEach(r -> patientList.add(teamCard(r)));
    }

    private Div teamCard(RegistrationInfo r) {
        Div card = card(r, r.hospitalName());
        if (r.mayWithdraw()) {
            Button withdraw = Parts.button(this, "beds.page.registrations.withdraw", VaadinIcon.BAN, "withdraw-registration-" + r.id(), false,
                    () -> Parts.run(this, "beds.page.registrations.withdrawn", () -> registrations.withdraw(actor, r.id(), getLocale()),
                            this::showPatient));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            card.add(Parts.actions(withdraw));
        }
        return card;
    }

    private Div hospitalCard(RegistrationInfo r) {
        Div card = card(r, r.patientName());
        PatientSheet s = r.sheet();
        if (s != null) {
            card.add(sheet(s));
        } else {
            card.add(Parts.empty(this, "beds.page.registrations.no-sheet"));
        }
        if (r.mayAcknowledge()) {
            card.addClassName("attention");
            card.add(Parts.actions(Parts.button(this, "beds.page.registrations.acknowledge", VaadinIcon.CHECK, "acknowledge-" + r.id(), true,
                    () -> Parts.run(this, "beds.page.registrations.acknowledged",
                            () -> registrations.acknowledge(actor, r.id(), getLocale()), this::refresh))));
        }
        return card;
    }

    private Div card(RegistrationInfo r, String title) {
        Div card = new Div();
        card.addClassNames("oncall-card", "bed-registration-card");
        card.setId("registration-" + r.id());
        Div top = new Div(new H3(title), r.acknowledgedAt() == null
                ? Badge.of(getTranslation("beds.page.registrations.waiting"), Badge.Tone.WARNING)
                : Badge.of(getTranslation("beds.page.registrations.acknowledged-at", Dates.shortDateTime(r.acknowledgedAt(), getLocale())),
                        Badge.Tone.SUCCESS));
        top.addClassName("patient-card-top");
        Div facts = Parts.details();
        Parts.fact(facts, this, "beds.page.registrations.registered", Dates.shortDateTime(r.registeredAt(), getLocale()));
        Parts.fact(facts, this, "beds.page.registrations.review-on", Dates.date(r.reviewOn(), getLocale()));
        card.add(top, facts);
        return card;
    }

    /** What the hospital needs to know of the patient, from the current summary. */
    private Div sheet(PatientSheet s) {
        Div facts = Parts.details();
        facts.addClassName("bed-sheet");
        Anchor name = new Anchor("patients/" + s.patientId(), getTranslation("join.paren", s.name(), s.nameKana()));
        Parts.fact(facts, this, "beds.page.patient", name);
        Parts.fact(facts, this, "beds.page.sheet.born", getTranslation("beds.page.sheet.born-value", Dates.date(s.birthDate(), getLocale()),
                s.age(), s.sex()));
        Parts.fact(facts, this, "beds.page.sheet.address", s.address());
        Parts.fact(facts, this, "beds.page.sheet.phone", s.phone() == null || s.phone().isBlank() ? null : Parts.phone(s.phone()));
        Parts.fact(facts, this, "beds.page.sheet.primary", s.primaryName());
        Parts.fact(facts, this, "beds.page.sheet.diagnoses", Parts.lines(s.diagnoses()));
        Parts.fact(facts, this, "beds.page.sheet.medicines", Parts.lines(s.medicines()));
        Parts.fact(facts, this, "beds.page.sheet.allergies", Parts.lines(s.allergies()));
        Parts.fact(facts, this, "beds.page.sheet.contraindications", Parts.lines(s.contraindications()));
        Parts.fact(facts, this, "beds.page.sheet.resuscitation", s.resuscitation());
        Parts.fact(facts, this, "beds.page.sheet.place-of-care", s.placeOfCare());
        Parts.fact(facts, this, "beds.page.sheet.wishes", s.wishes());
        Parts.fact(facts, this, "beds.page.sheet.key-persons", Parts.lines(s.keyPersons()));
        Parts.fact(facts, this, "beds.page.sheet.devices", Parts.lines(s.devices()));
        Parts.fact(facts, this, "beds.page.sheet.version", getTranslation("beds.page.sheet.version-value", s.summaryVersion()));
        return facts;
    }

    private void buildForm() {
        patient.setLabel(getTranslation("beds.page.patient"));
        patient.setItemLabelGenerator(p -> getTranslation("join.paren", p.name(), p.nameKana()));
        patient.setId("registration-patient");
        patient.setWidthFull();
        patient.addValueChangeListener(e -> {
            if (!filling) {
                try {
                    showPatient();
                } catch (RenkeiException x) {
                    Forms.error(this, x);
                }
            }
        });
        hospital.setLabel(getTranslation("beds.page.hospital"));
        hospital.setItemLabelGenerator(h -> h == null ? "" : h.name());
        hospital.setId("registration-hospital");
        hospital.setWidthFull();
        reviewOn.setLabel(getTranslation("beds.page.registrations.review-on"));
        reviewOn.setHelperText(getTranslation("beds.page.registrations.review-help"));
        reviewOn.setValue(LocalDate.now(TimeConfiguration.TOKYO).plusMonths(6));
        reviewOn.setMin(LocalDate.now(TimeConfiguration.TOKYO).plusDays(1));
        reviewOn.setMax(LocalDate.now(TimeConfiguration.TOKYO).plusYears(1));
        reviewOn.setId("registration-review");
        register.setText(getTranslation("beds.page.registrations.register"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("registration-submit");
        register.addClickListener(e -> register());
        FormLayout fields = new FormLayout(patient, hospital, reviewOn);
        fields.setColspan(patient, 2);
        form.setSummaryText(getTranslation("beds.page.registrations.new"));
        form.add(fields, Parts.actions(register));
        form.addClassName("oncall-form");
        form.setId("registration-form");
        form.setOpened(true);
    }

    private void register() {
        Map<String, HasValidation> fields = Map.of("patient", patient, "hospital", hospital, "reviewOn", reviewOn);
        fields.values().forEach(f -> f.setInvalid(false));
        if (Parts.missing(this, patient) | Parts.missing(this, hospital) | Parts.missing(this, reviewOn)) {
            return;
        }
        try {
            registrations.register(actor, patient.getValue().id(), hospital.getValue().id(), reviewOn.getValue(), getLocale());
            Forms.success(getTranslation("beds.page.registrations.registered-done"));
            showPatient();
        } catch (InvalidInputException x) {
            Forms.show(x, this, fields);
        } catch (RenkeiException x) {
            Forms.error(this, x);
        }
    }
}
