package org.renkei.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.Capability;
import org.renkei.directory.CapabilityAction;
import org.renkei.directory.CapabilityDeclaration;
import org.renkei.directory.CapabilityDetails;
import org.renkei.directory.CapabilityService;
import org.renkei.directory.DistrictInfo;
import org.renkei.directory.FacilityCapabilityInfo;
import org.renkei.directory.Intake;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.shell.Dates;

/**
 * 対応可能な医療・ケア on a facility's page: what every member reads, and for its administrators (as the profile allows
 * them) the form to declare it and the button that confirms today's intake.
 */
class CapabilitySection extends Div {

    final CheckboxGroup<Capability> capabilities = new CheckboxGroup<>();
    final MultiSelectComboBox<DistrictInfo> districts = new MultiSelectComboBox<>();
    final IntegerField radius = new IntegerField();
    final TextField hours = new TextField();
    final RadioButtonGroup<Intake> intake = new RadioButtonGroup<>();
    final Button save = new Button();
    final Button confirm = new Button();
    private final CapabilityService service;
    private final Actor actor;
    private CapabilityDetails details;

    CapabilitySection(CapabilityService service, Actor actor, CapabilityDetails details) {
        this.service = service;
        this.actor = actor;
        this.details = details;
        setId("capability-section");
        addClassName("capability-section");

        capabilities.setLabel(getTranslation("capabilities.takes"));
        capabilities.setId("capability-choices");
        capabilities.setItemLabelGenerator(c -> getTranslation("capability." + c));
        districts.setLabel(getTranslation("capabilities.districts"));
        districts.setId("service-districts");
        districts.setItemLabelGenerator(DistrictInfo::name);
        districts.setHelperText(getTranslation("capabilities.districts-help"));
        districts.setWidthFull();
        radius.setLabel(getTranslation("capabilities.radius"));
        radius.setId("radius-km");
        radius.setMin(1);
        radius.setMax(50);
        radius.setSuffixComponent(new Span(getTranslation("capabilities.km")));
        radius.setHelperText(getTranslation("capabilities.radius-help"));
        hours.setLabel(getTranslation("capabilities.hours"));
        hours.setId("capability-hours");
        hours.setMaxLength(200);
        hours.setWidthFull();
        intake.setLabel(getTranslation("capabilities.intake"));
        intake.setId("intake");
        intake.setItems(Intake.ACCEPTING, Intake.ASK, Intake.FULL);
        intake.setItemLabelGenerator(i -> getTranslation("intake." + i));
        save.setText(getTranslation("capabilities.save"));
        save.setId("save-capabilities");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> act(() -> service.declare(actor, this.details.facility().id(), declaration(),
                this.details.version()), "capabilities.saved"));
        confirm.setText(getTranslation("capabilities.confirm-now"));
        confirm.setId("confirm-intake");
        confirm.addClickListener(e -> act(() -> service.confirmIntake(actor, this.details.facility().id(), intake.getValue()),
                "capabilities.confirmed"));
        render();
    }

    private CapabilityDeclaration declaration() {
        return new CapabilityDeclaration(capabilities.getValue(),
                districts.getValue().stream().map(DistrictInfo::id).collect(Collectors.toSet()), radius.getValue(),
                hours.getValue(), intake.getValue());
    }

    private void act(Supplier<CapabilityDetails> step, String doneKey) {
        try {
            details = step.get();
            Forms.success(getTranslation(doneKey));
            render();
        } catch (InvalidInputException e) {
            Map<String, HasValidation> fields = Map.of("capabilities", capabilities, "districtIds", districts, "radiusKm", radius,
                    "hours", hours, "intake", intake);
            Forms.show(e, this, fields);
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
    }

    private void render() {
        removeAll();
        FacilityCapabilityInfo f = details.facility();
        add(new H3(getTranslation("capabilities.section")));
        add(summary(this, f));
        Set<CapabilityAction> allowed = details.allowed();
        if (allowed.isEmpty()) {
            return;
        }
        Div form = new Div();
        form.addClassName("capability-form");
        if (allowed.contains(CapabilityAction.DECLARE)) {
            capabilities.setItems(details.declarable());
            capabilities.setValue(Set.copyOf(f.capabilities()));
            districts.setItems(details.districtChoices());
            districts.setValue(details.districtChoices().stream().filter(d -> details.districtIds().contains(d.id()))
                    .collect(Collectors.toSet()));
            radius.setValue(f.radiusKm());
            hours.setValue(f.hours() == null ? "" : f.hours());
            form.add(capabilities, districts, radius, hours);
        }
        intake.setValue(details.declaredIntake());
        form.add(intake);
        Div buttons = new Div();
        buttons.addClassName("actions");
        if (allowed.contains(CapabilityAction.CONFIRM_INTAKE)) {
            buttons.add(confirm);
        }
        if (allowed.contains(CapabilityAction.DECLARE)) {
            buttons.add(save);
        }
        form.add(buttons);
        add(form);
    }

    /** What anyone reads of a facility's capabilities: its intake now, what it takes on, where, and when. */
    static Div summary(Component c, FacilityCapabilityInfo f) {
        Div summary = new Div();
        summary.addClassName("capability-summary");
        Div intakeRow = new Div(Labels.intake(c, f.intake()));
        intakeRow.addClassName("badges");
        if (f.intakeConfirmedAt() != null) {
            intakeRow.add(new Span(c.getTranslation(f.intake() == Intake.UNKNOWN ? "capabilities.confirmed-stale"
                    : "capabilities.confirmed-on", Dates.dateTime(f.intakeConfirmedAt(), com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.JAPANESE : com.vaadin.flow.component.UI.getCurrent().getLocale()))));
        }
        summary.add(intakeRow);
        if (f.capabilities().isEmpty()) {
            summary.add(new Paragraph(c.getTranslation("capabilities.none")));
        } else {
            Div takes = new Div();
            takes.addClassName("badges");
            f.capabilities().forEach(cap -> takes.add(badge(c, cap)));
            summary.add(takes);
        }
        List<String> served = f.districts();
        String area = String.join(c.getTranslation("join.list"), served);
        if (f.radiusKm() != null) {
            area = area.isEmpty() ? c.getTranslation("capabilities.radius-value", f.radiusKm())
                    : c.getTranslation("join.dot", area, c.getTranslation("capabilities.radius-value", f.radiusKm()));
        }
        line(summary, c, "capabilities.area", area);
        line(summary, c, "capabilities.hours", f.hours());
        return summary;
    }

    static Span badge(Component c, Capability capability) {
        Span badge = new Span(c.getTranslation("capability." + capability));
        badge.addClassNames("badge", "badge-info");
        return badge;
    }

    private static void line(Div into, Component c, String key, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(c.getTranslation(key));
        label.addClassName("details-label");
        Div row = new Div(label, new Span(value));
        row.addClassName("capability-line");
        into.add(row);
    }
}
