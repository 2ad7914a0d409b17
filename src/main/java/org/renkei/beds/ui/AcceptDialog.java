package org.renkei.beds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.renkei.beds.BedRequestService;
import org.renkei.beds.RequestInfo;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;

/** 受入可: the hospital takes the patient, and says by when the patient should arrive (within two days). */
final class AcceptDialog extends Dialog {

    final DateTimePicker arriveBy = new DateTimePicker();
    final Button save = new Button();

    AcceptDialog(BedRequestService requests, Actor actor, RequestInfo r, Runnable saved) {
        setHeaderTitle(getTranslation("beds.page.request.accept-title", r.patientName()));
        LocalDateTime now = Parts.nowInTokyo();
        arriveBy.setLabel(getTranslation("beds.page.arrive-by"));
        arriveBy.setStep(Duration.ofMinutes(15));
        arriveBy.setMin(now);
        arriveBy.setMax(now.plusDays(2));
        // in two to two and a half hours, on the half hour: time to get a bed ready and the patient on the way
        LocalDateTime soon = now.plusHours(2);
        arriveBy.setValue(soon.plusMinutes(30 - soon.getMinute() % 30));
        arriveBy.setId("bed-arrive-by");
        arriveBy.setWidthFull();
        add(new Paragraph(getTranslation("beds.page.request.accept-help")), arriveBy);
        save.setText(getTranslation("beds.page.request.accept"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("bed-accept-save");
        save.addClickListener(e -> {
            if (Parts.missing(this, arriveBy)) {
                return;
            }
            try {
                requests.accept(actor, r.id(), Parts.instant(arriveBy.getValue()));
                close();
                Forms.success(getTranslation("beds.page.request.accepted"));
                saved.run();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("arriveBy", arriveBy));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), x -> close()), save);
        setWidth("min(28rem, 95vw)");
    }
}
