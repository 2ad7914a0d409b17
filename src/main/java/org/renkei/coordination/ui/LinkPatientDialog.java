package org.renkei.coordination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;
import org.renkei.coordination.CoordinationService;
import org.renkei.coordination.RequestDetails;
import org.renkei.kit.Forms;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientService;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;

/**
 * 患者情報と連結: once the patient has consented, the requester links one of their patients; the desk then reads the
 * record's name, and the matched facility can be invited into the team.
 */
final class LinkPatientDialog extends Dialog {

    final ComboBox<PatientCard> patient = new ComboBox<>();
    final Button save = new Button();

    LinkPatientDialog(CoordinationService coordination, PatientService patients, Actor actor, RequestDetails r, Runnable saved) {
        setHeaderTitle(getTranslation("coordination.page.request.link-title"));
        patient.setLabel(getTranslation("coordination.page.patient"));
        patient.setHelperText(getTranslation("coordination.page.link-help"));
        patient.setItems(patients.myPatients(actor, null, 0, 200));
        patient.setItemLabelGenerator(p -> getTranslation("join.paren", p.name(), p.nameKana()));
        patient.setWidthFull();
        patient.setId("link-patient");
        add(patient);
        save.setText(getTranslation("coordination.page.request.link"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("link-save");
        save.addClickListener(e -> {
            if (Parts.missing(this, patient)) {
                return;
            }
            try {
                coordination.linkPatient(actor, r.id(), patient.getValue().id());
                close();
                Forms.success(getTranslation("coordination.page.request.linked"));
                saved.run();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("patient", patient));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), x -> close()), save);
        setWidth("min(30rem, 95vw)");
    }
}
