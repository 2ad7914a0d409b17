package org.renkei.beds.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.renkei.beds.AvailabilityService;
import org.renkei.beds.BedRequestQueries;
import org.renkei.beds.BedRequestService;
import org.renkei.beds.HospitalInfo;
import org.renkei.beds.Purpose;
import org.renkei.beds.RequestInfo;
import org.renkei.beds.RequestStatus;
import org.renkei.beds.Transport;
import org.renkei.beds.Urgency;
import org.renkei.kit.Forms;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientService;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;

/**
 * 依頼: for the team, the requests for their patients and the form for a new one (checked against the programme's rules,
 * each refusal shown on its field); for a hospital's members, what was sent to their hospital. Each request opens its
 * page.
 */
final class RequestsPanel extends Div {

    final Div teamList = Parts.list();
    final Div hospitalList = Parts.list();
    final ComboBox<PatientCard> patient = new ComboBox<>();
    final Select<HospitalInfo> hospital = new Select<>();
    final Select<Purpose> purpose = new Select<>();
    final RadioButtonGroup<Urgency> urgency = new RadioButtonGroup<>();
    final Select<Transport> transport = new Select<>();
    final TextArea note = new TextArea();
    final Button submit = new Button();
    final Details form = new Details();
    private final Div teamSection;
    private final Div hospitalSection;
    private final BedRequestService requests;
    private final BedRequestQueries queries;
    private final AvailabilityService availability;
    private final PatientService patients;
    private final Actor actor;

    RequestsPanel(BedRequestService requests, BedRequestQueries queries, AvailabilityService availability, PatientService patients,
            Actor actor) {
        this.requests = requests;
        this.queries = queries;
        this.availability = availability;
        this.patients = patients;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("beds-requests");
        buildForm();
        hospitalSection = Parts.section(this, "beds.page.requests.to-hospital");
        hospitalSection.add(hospitalList);
        hospitalList.setId("bed-requests-hospital");
        teamSection = Parts.section(this, "beds.page.requests.team");
        teamSection.add(form, teamList);
        teamList.setId("bed-requests-team");
        add(hospitalSection, teamSection);
    }

    void refresh() {
        List<HospitalInfo> board = availability.board(actor);
        List<RequestInfo> toHospital = queries.forHospital(actor);
        boolean atHospital = !toHospital.isEmpty() || board.stream().anyMatch(HospitalInfo::mayUpdate);
        hospitalSection.setVisible(atHospital);
        hospitalList.removeAll();
        if (toHospital.isEmpty()) {
            hospitalList.add(Parts.empty(this, "beds.page.requests.none"));
        }
        toHospital.forEach(r -> hospitalList.add(RequestCards.card(this, getLocale(), r)));

        List<PatientCard> mine = patients.myPatients(actor, null, 0, 200);
        teamSection.setVisible(!mine.isEmpty() || !atHospital);
        form.setVisible(!mine.isEmpty() && !board.isEmpty());
        PatientCard chosen = patient.getValue();
        patient.setItems(mine);
        mine.stream().filter(p -> chosen != null && p.id() == chosen.id()).findFirst().ifPresent(patient::setValue);
        HospitalInfo at = hospital.getValue();
        hospital.setItems(board);
        board.stream().filter(h -> at != null && h.id() == at.id()).findFirst().ifPresent(hospital::setValue);
        teamList.removeAll();
        if (mine.isEmpty()) {
            teamList.add(Parts.empty(this, "beds.page.requests.no-patients"));
            return;
        }
        if (board.isEmpty()) {
            teamList.add(Parts.empty(this, "beds.page.board.none"));
        }
        List<RequestInfo> forTeam = queries.forTeam(actor);
        if (forTeam.isEmpty()) {
            teamList.add(Parts.empty(this, "beds.page.requests.none"));
        }
        forTeam.forEach(r -> teamList.add(RequestCards.card(this, getLocale(), r)));
    }

    private void buildForm() {
        patient.setLabel(getTranslation("beds.page.patient"));
        patient.setItemLabelGenerator(p -> getTranslation("join.paren", p.name(), p.nameKana()));
        patient.setId("request-patient");
        patient.setWidthFull();
        hospital.setLabel(getTranslation("beds.page.hospital"));
        hospital.setItemLabelGenerator(h -> Parts.hospitalLabel(this, h));
        hospital.setId("request-hospital");
        hospital.setWidthFull();
        purpose.setLabel(getTranslation("beds.page.purpose"));
        purpose.setItems(Purpose.values());
        purpose.setItemLabelGenerator(p -> p == null ? "" : getTranslation("beds.purpose." + p));
        purpose.setId("request-purpose");
        urgency.setLabel(getTranslation("beds.page.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation("beds.urgency." + u));
        urgency.setValue(Urgency.TODAY);
        urgency.setId("request-urgency");
        transport.setLabel(getTranslation("beds.page.transport"));
        transport.setItems(Transport.values());
        transport.setItemLabelGenerator(t -> t == null ? "" : getTranslation("beds.transport." + t));
        transport.setValue(Transport.FAMILY);
        transport.setId("request-transport");
        note.setLabel(getTranslation("beds.page.note"));
        note.setHelperText(getTranslation("beds.page.requests.note-help"));
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setId("request-note");
        submit.setText(getTranslation("beds.page.requests.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("request-submit");
        submit.addClickListener(e -> submit());
        FormLayout fields = new FormLayout(patient, hospital, purpose, transport, urgency, note);
        fields.setColspan(patient, 2);
        fields.setColspan(hospital, 2);
        fields.setColspan(urgency, 2);
        fields.setColspan(note, 2);
        form.setSummaryText(getTranslation("beds.page.requests.new"));
        form.add(fields, Parts.actions(submit));
        form.addClassName("oncall-form");
        form.setId("request-form");
        form.setOpened(true);
    }

    private void submit() {
        Map<String, HasValidation> fields = Map.of("patient", patient, "hospital", hospital, "purpose", purpose, "transport", transport,
                "note", note);
        fields.values().forEach(f -> f.setInvalid(false));
        boolean missing = Parts.missing(this, patient) | Parts.missing(this, hospital) | Parts.missing(this, purpose);
        if (missing || urgency.getValue() == null || transport.getValue() == null) {
            return;
        }
        try {
            RequestInfo r = requests.request(actor, new BedRequestService.NewRequest(patient.getValue().id(), hospital.getValue().id(),
                    purpose.getValue(), urgency.getValue(), transport.getValue(), note.getValue()));
            Forms.success(getTranslation(r.status() == RequestStatus.DRAFT ? "beds.page.requests.drafted"
                    : "beds.page.requests.sent"));
            note.clear();
            getUI().ifPresent(ui -> ui.navigate(BedRequestPage.href(r.id())));
        } catch (InvalidInputException x) {
            Forms.show(x, this, fields);
        } catch (RenkeiException x) {
            Forms.error(this, x);
        }
    }
}
