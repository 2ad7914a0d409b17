package org.renkei.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks for the reason of a decision that needs one (reject, suspend) before it is taken. */
final class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    ReasonDialog(String title, String text, String confirmLabel, boolean required, Consumer<String> action) {
        setHeaderTitle(title);
        reason.setLabel(getTranslation(required ? "decision.reason" : "decision.note"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setRequired(required);
        add(new Paragraph(text), reason);
        confirm.setText(confirmLabel);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, required ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (required && reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("validation.NotBlank"));
                reason.setInvalid(true);
                return;
            }
            action.accept(reason.getValue());
            close();
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
