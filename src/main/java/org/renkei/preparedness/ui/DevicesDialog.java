package org.renkei.preparedness.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.renkei.kit.RowList;
import org.renkei.patient.PatientSummary;
import org.renkei.platform.Inputs;
import org.renkei.preparedness.internal.DisasterPlan;

/**
 * The device profile (機器の詳細), saved into the summary as its next version: each powered device with its batteries, and
 * what backs them up; the supplier's 24-hour number; the registration with the power company.
 */
final class DevicesDialog extends Dialog {

    final RowList<PatientSummary.PoweredDevice> devices;
    final TextField charging = new TextField();
    final Checkbox resuscitationBag = new Checkbox();
    final Checkbox suctionOnBattery = new Checkbox();
    final TextField oxygen = new TextField();
    final TextField humidifier = new TextField();
    final TextField supplier = new TextField();
    final TextField supplierPhone = new TextField();
    final Checkbox powerCompany = new Checkbox();
    final Button save;

    DevicesDialog(PatientSummary.DeviceProfile p, Consumer<PatientSummary.DeviceProfile> onSave) {
        setHeaderTitle(getTranslation("preparedness.page.plan.edit-devices"));
        setWidth("min(56rem, 100vw)");
        addClassName("prep-dialog");
        devices = new RowList<>(getTranslation("summary.add"), p.devices(), this::deviceRow);
        text(charging, "device-profile.charging", p.charging());
        text(oxygen, "device-profile.oxygen", p.oxygen());
        text(humidifier, "device-profile.humidifier", p.humidifier());
        text(supplier, "device-profile.supplier", p.supplier());
        text(supplierPhone, "device-profile.supplier-phone", p.supplierPhone());
        resuscitationBag.setLabel(getTranslation("device-profile.resuscitation-bag"));
        resuscitationBag.setValue(p.resuscitationBag());
        suctionOnBattery.setLabel(getTranslation("device-profile.suction-on-battery"));
        suctionOnBattery.setValue(p.suctionOnBattery());
        powerCompany.setLabel(getTranslation("device-profile.power-company"));
        powerCompany.setValue(p.powerCompanyRegistered());
        Div rest = new Div(charging, oxygen, humidifier, supplier, supplierPhone);
        rest.addClassName("filters");
        Div checks = new Div(resuscitationBag, suctionOnBattery, powerCompany);
        checks.addClassName("filters");
        add(new H4(getTranslation("preparedness.page.plan.powered")), devices, rest, checks,
                org.renkei.kit.Parts.note(this, "preparedness.page.plan.devices-into-summary"));
        save = new Button(getTranslation("action.save"), e -> onSave.accept(value()));
        save.setId("prep-devices-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    PatientSummary.DeviceProfile value() {
        return new PatientSummary.DeviceProfile(devices.values(), Inputs.blank(charging.getValue()), resuscitationBag.getValue(),
                suctionOnBattery.getValue(), Inputs.blank(oxygen.getValue()), Inputs.blank(humidifier.getValue()),
                Inputs.blank(supplier.getValue()), Inputs.blank(supplierPhone.getValue()), powerCompany.getValue());
    }

    private void text(TextField f, String key, @Nullable String value) {
        f.setLabel(getTranslation(key));
        f.setValue(value == null ? "" : value);
        f.setMaxLength(DisasterPlan.TEXT_LIMIT);
    }

    private IntegerField number(String key, @Nullable Integer value) {
        IntegerField f = new IntegerField();
        f.setLabel(getTranslation(key));
        f.setMin(0);
        f.setValue(value);
        f.addClassName("prep-number");
        return f;
    }

    private RowList.Row<PatientSummary.PoweredDevice> deviceRow(PatientSummary.@Nullable PoweredDevice v) {
        ComboBox<PatientSummary.PoweredKind> kind = new ComboBox<>(getTranslation("device-profile.kind"));
        kind.setItems(PatientSummary.PoweredKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("powered-kind." + k));
        kind.setValue(v == null ? PatientSummary.PoweredKind.VENTILATOR : v.kind());
        TextField maker = new TextField(getTranslation("device-profile.maker"));
        maker.setValue(v == null || v.maker() == null ? "" : v.maker());
        TextField model = new TextField(getTranslation("device-profile.model"));
        model.setValue(v == null || v.model() == null ? "" : v.model());
        ComboBox<PatientSummary.VentilationMode> mode = new ComboBox<>(getTranslation("device-profile.mode"));
        mode.setItems(PatientSummary.VentilationMode.values());
        mode.setClearButtonVisible(true);
        mode.setValue(v == null ? null : v.mode());
        IntegerField hours = number("device-profile.hours-per-day", v == null ? null : v.hoursPerDay());
        hours.setMax(24);
        IntegerField internal = number("device-profile.internal-battery-minutes", v == null ? null : v.internalBatteryMinutes());
        IntegerField external = number("device-profile.external-battery-minutes", v == null ? null : v.externalBatteryMinutes());
        IntegerField count = number("device-profile.external-batteries", v == null ? 0 : v.externalBatteries());
        Div d = new Div(kind, maker, model, mode, hours, internal, external, count);
        d.addClassName("prep-row-fields");
        return ContentDialog.row(d, () -> kind.getValue() == null ? null : new PatientSummary.PoweredDevice(kind.getValue(),
                Inputs.blank(maker.getValue()), Inputs.blank(model.getValue()), mode.getValue(), hours.getValue(), internal.getValue(),
                external.getValue(), count.getValue() == null ? 0 : count.getValue()));
    }
}
