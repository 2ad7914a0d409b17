package org.renkei.oncall.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.renkei.kit.Forms;
import org.renkei.oncall.Brief;
import org.renkei.oncall.CallOutcome;
import org.renkei.oncall.CallService;
import org.renkei.oncall.Caller;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;

/** 対応を記録: a call the covering doctor took for a patient (when, who called, what was done, a note). */
final class CallDialog extends Dialog {

    final DateTimePicker calledAt = new DateTimePicker();
    final Select<Caller> caller = new Select<>();
    final Select<CallOutcome> outcome = new Select<>();
    final TextArea note = new TextArea();
    final Button save = new Button();

    CallDialog(CallService calls, Actor actor, Brief patient) {
        setHeaderTitle(getTranslation("oncall.page.call.title", patient.name()));
        calledAt.setLabel(getTranslation("oncall.page.call.at"));
        calledAt.setValue(Parts.nowInTokyo());
        calledAt.setId("call-at");
        caller.setLabel(getTranslation("oncall.page.call.caller"));
        caller.setItems(Caller.values());
        caller.setItemLabelGenerator(c -> c == null ? "" : getTranslation("oncall.caller." + c));
        caller.setValue(Caller.FAMILY);
        caller.setId("call-caller");
        outcome.setLabel(getTranslation("oncall.page.call.outcome"));
        outcome.setItems(CallOutcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation("oncall.outcome." + o));
        outcome.setValue(CallOutcome.PHONE_ADVICE);
        outcome.setId("call-outcome");
        note.setLabel(getTranslation("oncall.page.call.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setId("call-note");
        FormLayout form = new FormLayout(calledAt, caller, outcome, note);
        form.setColspan(calledAt, 2);
        form.setColspan(note, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-call");
        save.addClickListener(e -> {
            if (calledAt.getValue() == null) {
                calledAt.setErrorMessage(getTranslation("validation.NotNull"));
                calledAt.setInvalid(true);
                return;
            }
            try {
                calls.record(actor, new CallService.NewCall(patient.patientId(), Parts.instant(calledAt.getValue()), caller.getValue(),
                        outcome.getValue(), note.getValue()));
                close();
                Forms.success(getTranslation("oncall.page.call.recorded"));
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("calledAt", calledAt, "caller", caller, "outcome", outcome, "note", note));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(34rem, 95vw)");
    }
}
