package org.renkei.coordination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.renkei.coordination.CoordinationService;
import org.renkei.coordination.RequestDetails;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;

/** 不成立: the desk closes the request and says what was missing (it feeds the supply and demand figures). */
final class UnmatchedDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button save = new Button();

    UnmatchedDialog(CoordinationService coordination, Actor actor, RequestDetails r, Runnable saved) {
        setHeaderTitle(getTranslation("coordination.page.request.unmatched-title"));
        reason.setLabel(getTranslation("coordination.page.request.unmatched-reason"));
        reason.setHelperText(getTranslation("coordination.page.request.unmatched-help"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("unmatched-reason");
        add(reason);
        save.setText(getTranslation("coordination.page.request.unmatched"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        save.setId("unmatched-save");
        save.addClickListener(e -> {
            if (Parts.missing(this, reason)) {
                return;
            }
            try {
                coordination.closeUnmatched(actor, r.id(), reason.getValue());
                close();
                Forms.success(getTranslation("coordination.page.request.unmatched-done"));
                saved.run();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("reason", reason));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), x -> close()), save);
        setWidth("min(30rem, 95vw)");
    }
}
