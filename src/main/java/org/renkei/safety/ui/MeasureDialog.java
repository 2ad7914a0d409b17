package org.renkei.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.safety.MeasureInfo;
import org.renkei.safety.MeasureKind;
import org.renkei.safety.MeasureService;
import org.renkei.security.Actor;

/** Sets a visit-risk measure, or changes one (a changed text asks the whole team to confirm it again). */
final class MeasureDialog extends Dialog {

    final Select<MeasureKind> kind = new Select<>();
    final TextArea note = new TextArea();
    final DatePicker review = new DatePicker();
    final Button save = new Button();

    MeasureDialog(MeasureService measures, Actor actor, long patientId, @Nullable MeasureInfo current, Runnable saved) {
        setHeaderTitle(getTranslation(current == null ? "safety.page.add-measure" : "safety.page.change-measure"));
        kind.setLabel(getTranslation("safety.page.measure-kind"));
        kind.setItems(MeasureKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("safety.measure." + k));
        kind.setValue(current == null ? MeasureKind.TWO_PERSON : current.kind());
        kind.setEnabled(current == null);
        kind.setId("measure-kind");
        note.setLabel(getTranslation("safety.page.measure-note"));
        note.setMaxLength(500);
        note.setWidthFull();
        note.setId("measure-note");
        review.setLabel(getTranslation("safety.page.review-on"));
        LocalDate today = LocalDate.now(TimeConfiguration.TOKYO);
        review.setMin(today.plusDays(1));
        review.setMax(today.plusYears(2));
        review.setValue(current == null ? today.plusMonths(3) : current.reviewOn());
        review.setId("measure-review");
        if (current != null && current.note() != null) {
            note.setValue(current.note());
        }
        Paragraph hint = new Paragraph(getTranslation("safety.page.measure-hint"));
        hint.addClassName("patient-meta");
        add(hint, new FormLayout(kind, review, note));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("measure-save");
        save.addClickListener(e -> {
            try {
                if (current == null) {
                    measures.set(actor, patientId, kind.getValue(), note.getValue(), review.getValue());
                } else {
                    measures.change(actor, current.id(), note.getValue(), review.getValue());
                }
                close();
                Forms.success(getTranslation("safety.page.measure-saved"));
                saved.run();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("note", note, "reviewOn", review));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), x -> close()), save);
        setWidth("min(32rem, 95vw)");
    }
}
