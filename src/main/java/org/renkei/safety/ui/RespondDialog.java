package org.renkei.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.safety.ReportService;
import org.renkei.safety.ResponseKind;
import org.renkei.security.Actor;

/** 対応の記録: what the facility did (contract reviewed, shared with the 主治医, the Tokyo line, police …), when, and a note. */
final class RespondDialog extends Dialog {

    final Select<ResponseKind> kind = new Select<>();
    final DatePicker takenOn = new DatePicker();
    final TextArea note = new TextArea();
    final Button save = new Button();

    RespondDialog(ReportService reports, Actor actor, long reportId, Runnable saved) {
        setHeaderTitle(getTranslation("safety.page.respond"));
        kind.setLabel(getTranslation("safety.page.response-kind"));
        kind.setItems(ResponseKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("safety.response." + k));
        kind.setValue(ResponseKind.SHARED_WITH_DOCTOR);
        kind.setId("safety-response-kind");
        takenOn.setLabel(getTranslation("safety.page.taken-on"));
        takenOn.setValue(LocalDate.now(TimeConfiguration.TOKYO));
        takenOn.setMax(LocalDate.now(TimeConfiguration.TOKYO));
        takenOn.setId("safety-response-date");
        note.setLabel(getTranslation("safety.page.response-note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setId("safety-response-note");
        add(new FormLayout(kind, takenOn, note));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("safety-response-save");
        save.addClickListener(e -> {
            if (Parts.missing(this, kind) || Parts.missing(this, takenOn)) {
                return;
            }
            try {
                reports.respond(actor, reportId, kind.getValue(), note.getValue(), takenOn.getValue());
                close();
                Forms.success(getTranslation("safety.page.responded-done"));
                saved.run();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("note", note, "takenOn", takenOn));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), x -> close()), save);
        setWidth("min(30rem, 95vw)");
    }
}
