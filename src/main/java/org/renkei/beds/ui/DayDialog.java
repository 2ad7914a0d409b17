package org.renkei.beds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;

/** The day a patient was admitted or discharged: today unless the hospital says otherwise (the service checks the range). */
final class DayDialog extends Dialog {

    final DatePicker day = new DatePicker();
    final Button save = new Button();

    /**
     * @param kind {@code admit} or {@code discharge}: the ids and the texts
     * @param field the name the service's refusal gives the day
     */
    DayDialog(String kind, String title, String field, Consumer<LocalDate> command, Runnable saved) {
        setHeaderTitle(title);
        LocalDate today = LocalDate.now(TimeConfiguration.TOKYO);
        day.setLabel(getTranslation("beds.page.request." + kind + "-on"));
        day.setValue(today);
        day.setMax(today);
        day.setId("bed-" + kind + "-on");
        day.setWidthFull();
        add(day);
        save.setText(getTranslation("beds.page.request." + kind));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("bed-" + kind + "-save");
        save.addClickListener(e -> {
            if (Parts.missing(this, day)) {
                return;
            }
            try {
                command.accept(day.getValue());
                close();
                Forms.success(getTranslation("beds.page.request." + kind + "-done"));
                saved.run();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of(field, day));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), x -> close()), save);
        setWidth("min(24rem, 95vw)");
    }
}
