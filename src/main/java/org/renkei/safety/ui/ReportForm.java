package org.renkei.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.renkei.kit.Forms;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientService;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.safety.Incident;
import org.renkei.safety.IncidentKind;
import org.renkei.safety.Perpetrator;
import org.renkei.safety.ReportDetails;
import org.renkei.safety.ReportService;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * インシデント報告: what a member fills in right after the visit, on a phone, in under a minute: what kind (tap), by
 * whom (tap), when (now), the patient (optional), what happened, a photo or a recording; injury, police, witnesses and
 * what was done at once if there was any. Submitted to the facility's administrators, or kept as a draft. Where to get
 * help is at the top.
 */
@Route("safety/report")
@RolesAllowed("MEMBER")
class ReportForm extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "safety/report";

    final CheckboxGroup<IncidentKind> kinds = new CheckboxGroup<>();
    final RadioButtonGroup<Perpetrator> byWhom = new RadioButtonGroup<>();
    final DateTimePicker occurredAt = new DateTimePicker();
    final ComboBox<PatientCard> patient = new ComboBox<>();
    final TextField place = new TextField();
    final TextArea whatHappened = new TextArea();
    final Checkbox injured = new Checkbox();
    final TextField injury = new TextField();
    final Checkbox police = new Checkbox();
    final TextField witnesses = new TextField();
    final TextArea doneAtOnce = new TextArea();
    final Upload upload;
    final Div files = new Div();
    final Button submit = new Button();
    final Button draft = new Button();
    final Map<String, byte[]> evidence = new LinkedHashMap<>();
    private final ReportService reports;
    private final Actor actor;

    ReportForm(ReportService reports, PatientService patients, CurrentActor currentActor) {
        this.reports = reports;
        this.actor = currentActor.require();
        addClassName("page");
        addClassName("safety-report-form");
        Anchor back = new Anchor("safety", getTranslation("safety.page.back"));
        Anchor help = new Anchor("safety?tab=help", "");
        help.add(VaadinIcon.PHONE.create(), new Span(getTranslation("safety.page.help-link")));
        help.addClassName("button-link");
        help.setId("safety-form-help");
        Div top = new Div(back, help);
        top.addClassName("actions");

        kinds.setLabel(getTranslation("safety.page.kinds"));
        kinds.setItems(IncidentKind.values());
        kinds.setItemLabelGenerator(k -> getTranslation("safety.kind." + k));
        kinds.setId("safety-kinds");
        kinds.addClassName("chips");
        byWhom.setLabel(getTranslation("safety.page.by-whom"));
        byWhom.setItems(Perpetrator.values());
        byWhom.setItemLabelGenerator(p -> getTranslation("safety.by." + p));
        byWhom.setValue(Perpetrator.PATIENT);
        byWhom.setId("safety-by-whom");
        occurredAt.setLabel(getTranslation("safety.page.occurred-at"));
        occurredAt.setValue(Parts.nowInTokyo());
        occurredAt.setMax(Parts.nowInTokyo().plusMinutes(5));
        occurredAt.setId("safety-occurred-at");
        patient.setLabel(getTranslation("safety.page.patient"));
        patient.setHelperText(getTranslation("safety.page.patient-help"));
        patient.setItems(patients.myPatients(actor, "", 0, 500));
        patient.setItemLabelGenerator(PatientCard::name);
        patient.setClearButtonVisible(true);
        patient.setId("safety-patient");
        place.setLabel(getTranslation("safety.page.place"));
        place.setMaxLength(200);
        place.setId("safety-place");
        whatHappened.setLabel(getTranslation("safety.page.what-happened"));
        whatHappened.setMaxLength(4000);
        whatHappened.setRequired(true);
        whatHappened.setId("safety-what-happened");
        whatHappened.setMinHeight("7rem");
        injured.setLabel(getTranslation("safety.page.injured"));
        injured.setId("safety-injured");
        injury.setLabel(getTranslation("safety.page.injury"));
        injury.setMaxLength(500);
        injury.setVisible(false);
        injury.setId("safety-injury");
        injured.addValueChangeListener(e -> injury.setVisible(e.getValue()));
        police.setLabel(getTranslation("safety.page.police"));
        police.setId("safety-police");
        witnesses.setLabel(getTranslation("safety.page.witnesses"));
        witnesses.setMaxLength(500);
        witnesses.setId("safety-witnesses");
        doneAtOnce.setLabel(getTranslation("safety.page.done-at-once"));
        doneAtOnce.setMaxLength(2000);
        doneAtOnce.setId("safety-done-at-once");
        files.addClassName("badges");
        files.setId("safety-files");
        upload = EvidenceUpload.create(this, "safety-upload", (name, bytes) -> {
            evidence.put(name, bytes);
            files.add(new Span(getTranslation("safety.page.file", name, Math.max(1, bytes.length / 1024))));
            clearUploads();
        });
        Span uploadLabel = new Span(getTranslation("safety.page.evidence-help"));
        uploadLabel.addClassName("patient-meta");

        FormLayout form = new FormLayout(kinds, byWhom, occurredAt, patient, whatHappened, uploadLabel, upload, files, place, injured,
                injury, police, witnesses, doneAtOnce);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (var wide : List.of(kinds, whatHappened, uploadLabel, upload, files, doneAtOnce)) {
            form.setColspan(wide, 2);
        }
        submit.setText(getTranslation("safety.page.submit"));
        submit.setIcon(VaadinIcon.PAPERPLANE.create());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("safety-submit");
        submit.addClickListener(e -> save(true));
        draft.setText(getTranslation("safety.page.save-draft"));
        draft.setId("safety-save-draft");
        draft.addClickListener(e -> save(false));
        Div buttons = Parts.actions(submit, draft);
        add(top, new H2(getTranslation("safety.page.new-report")), form, buttons);
    }

    /** The upload's own list goes; the form's list of files (with their sizes) stays. */
    private void clearUploads() {
        upload.clearFileList();
    }

    private void save(boolean send) {
        if (Parts.missing(this, occurredAt)) {
            return;
        }
        PatientCard p = patient.getValue();
        Incident incident = new Incident(Parts.instant(occurredAt.getValue()), place.getValue(), kinds.getValue(), byWhom.getValue(),
                injured.getValue(), injury.getValue(), police.getValue(), witnesses.getValue(), whatHappened.getValue(),
                doneAtOnce.getValue(), p == null ? null : p.id());
        ReportDetails saved;
        try {
            // written as a draft, the files added, then submitted: the administrators are told of a report that is whole
            saved = reports.report(actor, incident, false);
        } catch (InvalidInputException x) {
            Forms.show(x, this, Map.of("kinds", kinds, "occurredAt", occurredAt, "whatHappened", whatHappened, "place", place,
                    "injury", injury, "witnesses", witnesses, "doneAtOnce", doneAtOnce, "patient", patient));
            return;
        } catch (RenkeiException x) {
            Forms.error(this, x);
            return;
        }
        // the report is kept; a file that is refused is said, and can be added on the report's page
        List<String> refused = new ArrayList<>();
        evidence.forEach((name, bytes) -> {
            try {
                reports.attach(actor, saved.id(), name, bytes);
            } catch (RenkeiException x) {
                refused.add(getTranslation(x.messageKey(), x.arguments()));
            }
        });
        if (send) {
            reports.submit(actor, saved.id());
        }
        if (refused.isEmpty()) {
            Forms.success(getTranslation(send ? "safety.page.submitted" : "safety.page.draft-saved"));
        } else {
            Forms.error(this, String.join(" ", refused));
        }
        getUI().ifPresent(ui -> ui.navigate(ReportPage.href(saved.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safety.page.new-report") + " | " + getTranslation("app.name");
    }
}
