package org.renkei.patient.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.MemberSummary;
import org.renkei.kit.Forms;
import org.renkei.patient.ConsentModel;
import org.renkei.patient.Insurance;
import org.renkei.patient.PatientRegistration;
import org.renkei.patient.RegistrationService;
import org.renkei.patient.Sex;
import org.renkei.patient.TeamRole;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * 患者登録: the patient, the consent obtained (一括同意 with excluded facilities, or 個別同意 naming
 * facilities and members), the signed form, and my role on the team.
 */
@Route("patients/new")
@RolesAllowed("MEMBER")
class RegisterPatientView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final TextField nameKana = new TextField();
    final DatePicker birthDate = new DatePicker();
    final RadioButtonGroup<Sex> sex = new RadioButtonGroup<>();
    final TextField postalCode = new TextField();
    final TextField address = new TextField();
    final TextField phone = new TextField();
    final ComboBox<TeamRole> role = new ComboBox<>();
    final TextField insurerNumber = new TextField();
    final TextField insuredSymbol = new TextField();
    final TextField insuredNumber = new TextField();
    final TextField insuredBranch = new TextField();
    final RadioButtonGroup<ConsentModel> model = new RadioButtonGroup<>();
    final DatePicker obtainedOn = new DatePicker();
    final TextField signer = new TextField();
    final TextField signerRelation = new TextField();
    final MultiSelectComboBox<FacilityRef> facilities = new MultiSelectComboBox<>();
    final MultiSelectComboBox<MemberSummary> members = new MultiSelectComboBox<>();
    final Upload form = new Upload();
    final Span formName = new Span();
    final Button save = new Button();
    private PatientRegistration.@Nullable SignedForm signedForm;

    RegisterPatientView(RegistrationService patients, DirectoryLookup directory, CurrentActor currentActor) {
        Actor actor = currentActor.require();
        addClassName("page");
        label(name, "patient.name");
        label(nameKana, "patient.name-kana");
        birthDate.setLabel(getTranslation("patient.birth-date"));
        birthDate.setMax(Format.todayInTokyo());
        sex.setLabel(getTranslation("patient.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> getTranslation("sex." + s));
        label(postalCode, "facility.postal-code");
        label(address, "facility.address");
        label(phone, "facility.phone");
        role.setLabel(getTranslation("patient.my-role"));
        role.setItems(TeamRole.values());
        role.setItemLabelGenerator(r -> Format.role(this, r));
        for (var f : new HasValue<?, ?>[] {name, nameKana, birthDate, sex, role, model, obtainedOn,
                signer, signerRelation}) {
            f.setRequiredIndicatorVisible(true);
        }
        label(insurerNumber, "insurance.insurer-number");
        insurerNumber.setId("insurer-number");
        label(insuredSymbol, "insurance.symbol");
        label(insuredNumber, "insurance.number");
        label(insuredBranch, "insurance.branch");
        FormLayout who = new FormLayout(name, nameKana, birthDate, sex, postalCode, address, phone, role, insurerNumber,
                insuredSymbol, insuredNumber, insuredBranch);
        who.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        who.setColspan(address, 2);

        model.setLabel(getTranslation("consent.model"));
        model.setItems(ConsentModel.values());
        model.setItemLabelGenerator(m -> getTranslation("consent-model." + m));
        model.setValue(ConsentModel.BLANKET);
        obtainedOn.setLabel(getTranslation("consent.obtained-on"));
        obtainedOn.setValue(Format.todayInTokyo());
        obtainedOn.setMax(Format.todayInTokyo());
        label(signer, "consent.signer");
        label(signerRelation, "consent.signer-relation");
        signerRelation.setValue(getTranslation("consent.self"));
        facilities.setItems(query -> directory.findFacilities(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        facilities.setItemLabelGenerator(FacilityRef::name);
        facilities.setWidthFull();
        members.setItems(query -> {
            String filter = query.getFilter().orElse("");
            var found = filter.isBlank() ? List.<MemberSummary>of() : directory.findMembers(filter);
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        members.setItemLabelGenerator(m -> getTranslation("join.paren", m.name(), m.facilityName()));
        members.setLabel(getTranslation("consent.members"));
        members.setWidthFull();
        model.addValueChangeListener(e -> scopeLabels());
        scopeLabels();

        form.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            signedForm = new PatientRegistration.SignedForm(metadata.fileName(), bytes);
            formName.setText(metadata.fileName());
        }));
        form.setMaxFiles(1);
        form.setMaxFileSize(10 * 1024 * 1024);
        form.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        form.addFileRejectedListener(e -> Forms.error(this, e.getErrorMessage()));
        FormLayout consent = new FormLayout(model, obtainedOn, signer, signerRelation, facilities, members);
        consent.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        consent.setColspan(model, 2);
        consent.setColspan(facilities, 2);
        consent.setColspan(members, 2);

        save.setText(getTranslation("patients.register"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(patients, actor));

        Div card = new Div(new H3(getTranslation("patient.identity")), who, new H3(getTranslation("consent.title")),
                new Paragraph(getTranslation("consent.help")), consent, new Span(getTranslation("consent.form")), form,
                formName, save);
        card.addClassName("form-card");
        add(card);
    }

    private void scopeLabels() {
        boolean blanket = model.getValue() == ConsentModel.BLANKET;
        facilities.setLabel(getTranslation(blanket ? "consent.excluded-facilities" : "consent.facilities"));
        members.setVisible(!blanket);
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
        field.setWidthFull();
    }

    private void save(RegistrationService patients, Actor actor) {
        PatientRegistration registration = new PatientRegistration(name.getValue(), nameKana.getValue(), birthDate.getValue(),
                sex.getValue(), postalCode.getValue(), address.getValue(), phone.getValue(), role.getValue(),
                new PatientRegistration.ConsentDetails(model.getValue(), obtainedOn.getValue(), signer.getValue(),
                        signerRelation.getValue(), facilities.getValue().stream().map(FacilityRef::id).toList(),
                        members.getValue().stream().map(MemberSummary::id).toList(), signedForm),
                insurerNumber.getValue().isBlank() && insuredNumber.getValue().isBlank() ? null
                        : new Insurance(insurerNumber.getValue(), insuredSymbol.getValue(), insuredNumber.getValue(),
                                insuredBranch.getValue()));
        try {
            long id = patients.register(actor, registration);
            Forms.success(getTranslation("patients.registered"));
            getUI().ifPresent(ui -> ui.navigate(PatientView.class, new RouteParameters("id", String.valueOf(id))));
        } catch (InvalidInputException ex) {
            Map<String, HasValidation> fields = new HashMap<>();
            fields.put("name", name);
            fields.put("nameKana", nameKana);
            fields.put("birthDate", birthDate);
            fields.put("sex", sex);
            fields.put("postalCode", postalCode);
            fields.put("address", address);
            fields.put("phone", phone);
            fields.put("role", role);
            fields.put("insurance.insurerNumber", insurerNumber);
            fields.put("insurance.symbol", insuredSymbol);
            fields.put("insurance.number", insuredNumber);
            fields.put("insurance.branch", insuredBranch);
            fields.put("consent.model", model);
            fields.put("consent.obtainedOn", obtainedOn);
            fields.put("consent.signer", signer);
            fields.put("consent.signerRelation", signerRelation);
            fields.put("consent.scopeFacilityIds", facilities);
            fields.put("consent.scopeMemberIds", members);
            Forms.show(ex, this, fields);
        } catch (RenkeiException ex) {
            Forms.error(this, ex);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("patients.register") + " | " + getTranslation("app.name");
    }
}
