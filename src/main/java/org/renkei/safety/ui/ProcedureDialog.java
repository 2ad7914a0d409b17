package org.renkei.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Objects;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.safety.HelpInfo;
import org.renkei.safety.HelpService;
import org.renkei.security.Actor;

/** The facility's own procedure after an incident and the number to call, written by its administrators. */
final class ProcedureDialog extends Dialog {

    final TextArea text = new TextArea();
    final TextField phone = new TextField();

    ProcedureDialog(HelpService help, Actor actor, HelpInfo current, Runnable saved) {
        setHeaderTitle(getTranslation("safety.page.procedure"));
        text.setLabel(getTranslation("safety.page.procedure-text"));
        text.setMaxLength(4000);
        text.setValue(Objects.requireNonNullElse(current.procedure(), ""));
        text.setWidthFull();
        text.setMinHeight("10rem");
        text.setId("procedure-text");
        phone.setLabel(getTranslation("safety.page.procedure-phone"));
        phone.setValue(Objects.requireNonNullElse(current.procedurePhone(), ""));
        phone.setId("procedure-phone");
        add(new FormLayout(text, phone));
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                help.saveProcedure(actor, text.getValue(), phone.getValue());
                close();
                Forms.success(getTranslation("safety.page.procedure-saved"));
                saved.run();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("text", text, "phone", phone));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("procedure-save");
        getFooter().add(new Button(getTranslation("action.cancel"), x -> close()), save);
        setWidth("min(36rem, 95vw)");
    }
}
