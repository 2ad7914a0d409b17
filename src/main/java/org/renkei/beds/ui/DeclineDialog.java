package org.renkei.beds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.renkei.beds.BedRequestService;
import org.renkei.beds.DeclineReason;
import org.renkei.beds.RequestInfo;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;

/** 受入不可: the hospital cannot take the patient, with a coded reason (その他 needs words) and a note for the team. */
final class DeclineDialog extends Dialog {

    final Select<DeclineReason> reason = new Select<>();
    final TextArea note = new TextArea();
    final Button save = new Button();

    DeclineDialog(BedRequestService requests, Actor actor, RequestInfo r, Runnable saved) {
        setHeaderTitle(getTranslation("beds.page.request.decline-title", r.patientName()));
        reason.setLabel(getTranslation("beds.page.decline-reason"));
        reason.setItems(DeclineReason.values());
        reason.setItemLabelGenerator(d -> d == null ? "" : getTranslation("beds.decline." + d));
        reason.setValue(DeclineReason.FULL);
        reason.setId("bed-decline-reason");
        reason.setWidthFull();
        note.setLabel(getTranslation("beds.page.decline-note"));
        note.setMaxLength(500);
        note.setWidthFull();
        note.setId("bed-decline-note");
        add(new FormLayout(reason, note));
        save.setText(getTranslation("beds.page.request.decline"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        save.setId("bed-decline-save");
        save.addClickListener(e -> {
            if (Parts.missing(this, reason)) {
                return;
            }
            try {
                requests.decline(actor, r.id(), reason.getValue(), note.getValue());
                close();
                Forms.success(getTranslation("beds.page.request.declined"));
                saved.run();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("declineNote", note, "reason", reason));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), x -> close()), save);
        setWidth("min(30rem, 95vw)");
    }
}
