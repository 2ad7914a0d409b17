package org.renkei.patient.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.renkei.kit.Forms;
import org.renkei.patient.Insurance;
import org.renkei.patient.PatientDetails;
import org.renkei.patient.PatientHeader;
import org.renkei.patient.RegistrationService;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;

/**
 * 基本情報の修正: the address, phone and insurance card of a patient, as they are now. Errors show under their field and
 * nothing is saved until all are right.
 */
class DetailsDialog extends Dialog {

    final TextField postalCode = field("facility.postal-code", "details-postal-code");
    final TextField address = field("facility.address", "details-address");
    final TextField phone = field("facility.phone", "details-phone");
    final TextField insurerNumber = field("insurance.insurer-number", "details-insurer-number");
    final TextField symbol = field("insurance.symbol", "details-insured-symbol");
    final TextField number = field("insurance.number", "details-insured-number");
    final TextField branch = field("insurance.branch", "details-insured-branch");

    DetailsDialog(RegistrationService registrations, Actor actor, PatientHeader h, Runnable saved) {
        setHeaderTitle(getTranslation("patient.edit-details"));
        postalCode.setValue(value(h.postalCode()));
        address.setValue(value(h.address()));
        phone.setValue(value(h.phone()));
        Insurance i = h.insurance();
        if (i != null) {
            insurerNumber.setValue(i.insurerNumber());
            symbol.setValue(value(i.symbol()));
            number.setValue(i.number());
            branch.setValue(value(i.branch()));
        }
        Paragraph help = new Paragraph(getTranslation("patient.details-help"));
        help.addClassName("patient-meta");
        add(help, new FormLayout(postalCode, address, phone, insurerNumber, symbol, number, branch));
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                Insurance insurance = insurerNumber.getValue().isBlank() && number.getValue().isBlank() ? null
                        : new Insurance(insurerNumber.getValue(), symbol.getValue(), number.getValue(), branch.getValue());
                registrations.correctDetails(actor, h.id(), new PatientDetails(postalCode.getValue(), address.getValue(),
                        phone.getValue(), insurance));
                close();
                Forms.success(getTranslation("patient.details-saved"));
                saved.run();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("postalCode", postalCode, "address", address, "phone", phone,
                        "insurance.insurerNumber", insurerNumber, "insurance.symbol", symbol, "insurance.number", number,
                        "insurance.branch", branch));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        save.setId("details-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(36rem, 95vw)");
    }

    private TextField field(String labelKey, String id) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setId(id);
        f.setWidthFull();
        return f;
    }

    private static String value(@Nullable String s) {
        return s == null ? "" : s;
    }
}
