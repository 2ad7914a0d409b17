package org.renkei.directory.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DistrictInfo;
import org.renkei.directory.FacilityApplication;
import org.renkei.directory.FacilityService;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.directory.StaffDetails;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;

/**
 * 施設登録申請: a facility applies to the association of its district, naming the person who will
 * administer its staff on the portal. The association decides; the applicant hears by mail.
 */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
class RegistrationView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<DistrictInfo> district = new ComboBox<>();
    final ComboBox<FacilityType> type = new ComboBox<>();
    final TextField name = new TextField();
    final TextField nameKana = new TextField();
    final TextField officialCode = new TextField();
    final TextField postalCode = new TextField();
    final TextField address = new TextField();
    final TextField phone = new TextField();
    final TextField fax = new TextField();
    final EmailField email = new EmailField();
    final TextField adminLoginId = new TextField();
    final TextField adminName = new TextField();
    final TextField adminKana = new TextField();
    final ComboBox<Profession> adminProfession = new ComboBox<>();
    final EmailField adminEmail = new EmailField();
    final TextField adminPhone = new TextField();
    final Checkbox agree = new Checkbox();
    final Button submit = new Button();
    private final Div body = new Div();

    RegistrationView(FacilityService facilities, AssociationService associations) {
        addClassName("door");
        addClassName("register");
        setAlignItems(Alignment.CENTER);

        district.setItems(associations.districts());
        district.setItemLabelGenerator(d -> getTranslation("join.paren", d.name(), d.associationName()));
        type.setItems(Arrays.stream(FacilityType.values()).filter(t -> t != FacilityType.ASSOCIATION_OFFICE).toList());
        type.setItemLabelGenerator(t -> getTranslation("facility-type." + t));
        adminProfession.setItems(Profession.values());
        adminProfession.setItemLabelGenerator(p -> getTranslation("profession." + p));
        label(district, "facility.district");
        label(type, "facility.type");
        label(name, "facility.name");
        label(nameKana, "facility.name-kana");
        label(officialCode, "facility.official-code");
        officialCode.setHelperText(getTranslation("facility.official-code-help"));
        label(postalCode, "facility.postal-code");
        postalCode.setPlaceholder("123-4567");
        label(address, "facility.address");
        label(phone, "facility.phone");
        label(fax, "facility.fax");
        label(email, "facility.email");
        label(adminLoginId, "member.login-id");
        adminLoginId.setHelperText(getTranslation("member.login-id-help") + " " + getTranslation("registration.login-id-mailed"));
        label(adminName, "member.name");
        label(adminKana, "member.name-kana");
        label(adminProfession, "member.profession");
        label(adminEmail, "member.email");
        label(adminPhone, "member.phone");
        for (var f : new HasValue<?, ?>[] {district, type, name, nameKana, postalCode, address,
                phone, email, adminLoginId, adminName, adminKana, adminProfession, adminEmail}) {
            f.setRequiredIndicatorVisible(true);
        }
        agree.setLabel(getTranslation("register.agree"));

        FormLayout facilityForm = new FormLayout(district, type, name, nameKana, officialCode, postalCode, address, phone,
                fax, email);
        facilityForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        facilityForm.setColspan(address, 2);
        FormLayout adminForm = new FormLayout(adminLoginId, adminName, adminKana, adminProfession, adminEmail, adminPhone);
        adminForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));

        submit.setText(getTranslation("register.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(facilities));

        body.addClassName("door-card");
        body.addClassName("wide");
        body.add(new H3(getTranslation("register.facility")), facilityForm, new H3(getTranslation("register.administrator")),
                new Paragraph(getTranslation("register.administrator-text")), adminForm, agree, submit,
                new Anchor("login", getTranslation("link.to-login")));
        H1 title = new H1(getTranslation("register.title"));
        title.addClassName("door-brand");
        add(title, new Paragraph(getTranslation("register.text")), body);
    }

    private void label(HasLabel field, String key) {
        field.setLabel(getTranslation(key));
        if (field instanceof HasSize sized) {
            sized.setWidthFull();
        }
    }

    private void submit(FacilityService facilities) {
        if (!agree.getValue()) {
            Forms.error(this, getTranslation("register.agree-required"));
            return;
        }
        FacilityApplication application = new FacilityApplication(
                district.getValue() == null ? null : district.getValue().id(), type.getValue(), name.getValue(),
                nameKana.getValue(), officialCode.getValue(), postalCode.getValue(), address.getValue(), phone.getValue(),
                fax.getValue(), email.getValue(),
                new StaffDetails(adminLoginId.getValue().strip(), adminName.getValue(), adminKana.getValue(),
                        adminProfession.getValue(), adminEmail.getValue(), adminPhone.getValue()));
        try {
            facilities.apply(application);
            body.removeAll();
            body.add(new H3(getTranslation("register.received")), new Paragraph(getTranslation("register.received-text")),
                    new Anchor("login", getTranslation("link.to-login")));
        } catch (InvalidInputException ex) {
            Map<String, HasValidation> fields = new HashMap<>();
            fields.put("districtId", district);
            fields.put("type", type);
            fields.put("name", name);
            fields.put("nameKana", nameKana);
            fields.put("officialCode", officialCode);
            fields.put("postalCode", postalCode);
            fields.put("address", address);
            fields.put("phone", phone);
            fields.put("fax", fax);
            fields.put("email", email);
            fields.put("administrator.loginId", adminLoginId);
            fields.put("administrator.name", adminName);
            fields.put("administrator.nameKana", adminKana);
            fields.put("administrator.profession", adminProfession);
            fields.put("administrator.email", adminEmail);
            fields.put("administrator.phone", adminPhone);
            Forms.show(ex, this, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " | " + getTranslation("app.name");
    }
}
