package org.renkei.coordination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.renkei.coordination.CoordinationService;
import org.renkei.coordination.InquiryAnswer;
import org.renkei.coordination.InquiryCard;
import org.renkei.coordination.InquiryReason;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;

/** 受入不可: the facility cannot take the patient on, with a coded reason (その他 needs words) and a note for the desk. */
final class DeclineAnswerDialog extends Dialog {

    final Select<InquiryReason> reason = new Select<>();
    final TextArea note = new TextArea();
    final Button save = new Button();

    DeclineAnswerDialog(CoordinationService coordination, Actor actor, InquiryCard c, Runnable saved) {
        setHeaderTitle(getTranslation("coordination.page.decline-title"));
        reason.setLabel(getTranslation("coordination.page.reason"));
        reason.setItems(InquiryReason.values());
        reason.setItemLabelGenerator(r -> r == null ? "" : getTranslation("coordination.reason." + r));
        reason.setValue(InquiryReason.CAPACITY);
        reason.setId("answer-decline-reason");
        reason.setWidthFull();
        note.setLabel(getTranslation("coordination.page.answer-note"));
        note.setMaxLength(500);
        note.setWidthFull();
        note.setId("answer-decline-note");
        add(new FormLayout(reason, note));
        save.setText(getTranslation("coordination.answer.DECLINE"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        save.setId("answer-decline-save");
        save.addClickListener(e -> {
            if (Parts.missing(this, reason)) {
                return;
            }
            try {
                coordination.answer(actor, c.requestId(), c.inquiryId(), InquiryAnswer.DECLINE, reason.getValue(), note.getValue());
                close();
                Forms.success(getTranslation("coordination.page.answer-saved"));
                saved.run();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("reason", reason, "note", note));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), x -> close()), save);
        setWidth("min(30rem, 95vw)");
    }
}
