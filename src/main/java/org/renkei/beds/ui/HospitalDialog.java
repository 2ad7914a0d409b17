package org.renkei.beds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.renkei.directory.MemberSummary;
import org.renkei.beds.HospitalInfo;
import org.renkei.beds.ProgrammeService;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;

/** A programme hospital's beds a day, hotline and hours, or its leaving the programme: for whoever runs the programme. */
final class HospitalDialog extends Dialog {

    final IntegerField bedsPerDay = new IntegerField();
    final TextField hotline = new TextField();
    final TextField hours = new TextField();
    final Checkbox active = new Checkbox();
    final MultiSelectComboBox<MemberSummary> responders = new MultiSelectComboBox<>();
    final Button save = new Button();

    HospitalDialog(ProgrammeService programmes, Actor actor, HospitalInfo h, Runnable saved) {
        setHeaderTitle(h.name());
        bedsPerDay.setLabel(getTranslation("beds.page.beds-per-day"));
        bedsPerDay.setMin(0);
        bedsPerDay.setMax(50);
        bedsPerDay.setStepButtonsVisible(true);
        bedsPerDay.setValue(h.bedsPerDay());
        bedsPerDay.setId("hospital-beds");
        hotline.setLabel(getTranslation("beds.page.hotline"));
        hotline.setMaxLength(30);
        hotline.setValue(h.hotline());
        hotline.setId("hospital-hotline");
        hours.setLabel(getTranslation("beds.page.hours"));
        hours.setMaxLength(200);
        hours.setValue(h.hours());
        hours.setId("hospital-hours");
        active.setLabel(getTranslation("beds.page.programme.active"));
        active.setValue(h.active());
        active.setId("hospital-active");
        // who answers requests (地域連携室): none named, every member is told
        List<MemberSummary> staff = programmes.staff(actor, h.id());
        responders.setLabel(getTranslation("beds.page.programme.responders"));
        responders.setHelperText(getTranslation("beds.page.programme.responders-help"));
        responders.setItems(staff);
        responders.setItemLabelGenerator(MemberSummary::name);
        responders.setValue(staff.stream().filter(m -> h.responderIds().contains(m.id())).collect(Collectors.toSet()));
        responders.setId("hospital-responders");
        FormLayout form = new FormLayout(bedsPerDay, hotline, hours, active, responders);
        form.setColspan(hours, 2);
        form.setColspan(active, 2);
        form.setColspan(responders, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("hospital-save");
        save.addClickListener(e -> {
            if (Parts.missing(this, bedsPerDay)) {
                return;
            }
            try {
                programmes.changeHospital(actor, h.id(), bedsPerDay.getValue(), hotline.getValue(), hours.getValue(), active.getValue());
                programmes.setResponders(actor, h.id(), responders.getValue().stream().map(MemberSummary::id).toList());
                close();
                Forms.success(getTranslation("beds.page.programme.hospital-saved"));
                saved.run();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("bedsPerDay", bedsPerDay, "hotline", hotline, "hours", hours));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), x -> close()), save);
        setWidth("min(30rem, 95vw)");
    }
}
