package org.renkei.directory.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.MemberInfo;
import org.renkei.directory.MemberService;
import org.renkei.directory.Profession;
import org.renkei.directory.StaffDetails;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;

/** 職員の登録・編集: one staff member's details; a new member gets an activation link by mail. */
final class MemberDialog extends Dialog {

    final TextField loginId = new TextField();
    final TextField name = new TextField();
    final TextField nameKana = new TextField();
    final ComboBox<Profession> profession = new ComboBox<>();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final Button save = new Button();

    MemberDialog(MemberService members, Actor actor, long facilityId, @Nullable MemberInfo existing, Consumer<MemberInfo> saved) {
        setHeaderTitle(getTranslation(existing == null ? "member.add" : "member.edit"));
        setWidth("min(40rem, 100vw)");
        loginId.setLabel(getTranslation("member.login-id"));
        loginId.setHelperText(getTranslation("member.login-id-help"));
        name.setLabel(getTranslation("member.name"));
        nameKana.setLabel(getTranslation("member.name-kana"));
        profession.setLabel(getTranslation("member.profession"));
        profession.setItems(Profession.values());
        profession.setItemLabelGenerator(p -> getTranslation("profession." + p));
        email.setLabel(getTranslation("member.email"));
        phone.setLabel(getTranslation("member.phone"));
        for (var f : new HasValue<?, ?>[] {loginId, name, nameKana, profession, email}) {
            f.setRequiredIndicatorVisible(true);
        }
        if (existing != null) {
            loginId.setValue(existing.loginId());
            loginId.setReadOnly(true);
            name.setValue(existing.name());
            nameKana.setValue(existing.nameKana());
            profession.setValue(existing.profession());
            email.setValue(existing.email());
            phone.setValue(existing.phone() == null ? "" : existing.phone());
        }
        FormLayout form = new FormLayout(loginId, name, nameKana, profession, email, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);

        save.setText(getTranslation(existing == null ? "member.add-and-invite" : "action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            StaffDetails details = new StaffDetails(loginId.getValue().strip(), name.getValue(), nameKana.getValue(),
                    profession.getValue(), email.getValue(), phone.getValue());
            try {
                MemberInfo result = existing == null ? members.add(actor, facilityId, details)
                        : members.update(actor, existing.id(), details, existing.version());
                saved.accept(result);
                close();
            } catch (InvalidInputException ex) {
                Map<String, HasValidation> fields = Map.of("loginId", loginId, "name", name, "nameKana", nameKana,
                        "profession", profession, "email", email, "phone", phone);
                Forms.show(ex, this, fields);
            } catch (RenkeiException ex) {
                Forms.error(this, ex);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
