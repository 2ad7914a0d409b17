package org.renkei.preparedness.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.renkei.kit.RowList;
import org.renkei.platform.Inputs;
import org.renkei.preparedness.internal.DisasterPlan;
import org.renkei.preparedness.PlanContent;

/** The plan's own parts to edit (作成中 only): contacts and who calls whom, blackout steps, evacuation, supplies, supporters. */
final class ContentDialog extends Dialog {

    final RowList<PlanContent.CallContact> contacts;
    final RowList<String> steps;
    final ComboBox<PlanContent.Stay> stay = new ComboBox<>();
    final TextField place = new TextField();
    final TextField route = new TextField();
    final TextField transport = new TextField();
    final IntegerField helpers = new IntegerField();
    final RowList<PlanContent.Supply> supplies;
    final RowList<PlanContent.Supporter> supporters;
    final TextArea notes = new TextArea();
    final Button save;

    ContentDialog(PlanContent c, Consumer<PlanContent> onSave) {
        setHeaderTitle(getTranslation("preparedness.page.plan.edit"));
        setWidth("min(56rem, 100vw)");
        addClassName("prep-dialog");
        String add = getTranslation("summary.add");
        contacts = new RowList<>(add, c.contacts(), this::contactRow);
        steps = new RowList<>(add, c.blackoutSteps(), this::stepRow);
        supplies = new RowList<>(add, c.supplies(), this::supplyRow);
        supporters = new RowList<>(add, c.supporters(), this::supporterRow);
        stay.setItems(PlanContent.Stay.values());
        stay.setItemLabelGenerator(s -> getTranslation("preparedness.stay." + s));
        stay.setLabel(getTranslation("preparedness.evacuation.decision"));
        stay.setValue(c.evacuation().decision());
        field(place, "preparedness.evacuation.place", c.evacuation().place());
        field(route, "preparedness.evacuation.route", c.evacuation().route());
        field(transport, "preparedness.evacuation.transport", c.evacuation().transport());
        helpers.setLabel(getTranslation("preparedness.evacuation.helpers"));
        helpers.setMin(0);
        helpers.setMax(20);
        helpers.setValue(c.evacuation().helpers());
        notes.setLabel(getTranslation("preparedness.page.plan.notes"));
        notes.setValue(c.notes() == null ? "" : c.notes());
        notes.setWidthFull();
        Div evacuation = new Div(stay, place, route, transport, helpers);
        evacuation.addClassName("filters");
        add(part("preparedness.pdf.contacts", contacts), part("preparedness.pdf.blackout", steps),
                part("preparedness.pdf.evacuation", evacuation), part("preparedness.pdf.supplies", supplies),
                part("preparedness.pdf.supporters", supporters), notes);
        save = new Button(getTranslation("action.save"), e -> onSave.accept(value()));
        save.setId("prep-content-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    PlanContent value() {
        return new PlanContent(contacts.values(), steps.values(), new PlanContent.Evacuation(stay.getValue(), Inputs.blank(place.getValue()),
                Inputs.blank(route.getValue()), Inputs.blank(transport.getValue()), helpers.getValue()), supplies.values(),
                supporters.values(), Inputs.blank(notes.getValue()));
    }

    private Div part(String key, Component content) {
        Div d = new Div(new H4(getTranslation(key)), content);
        d.addClassName("prep-dialog-part");
        return d;
    }

    private void field(TextField f, String key, @Nullable String value) {
        f.setLabel(getTranslation(key));
        f.setValue(value == null ? "" : value);
        f.setMaxLength(DisasterPlan.TEXT_LIMIT);
    }

    private TextField small(String key, @Nullable String value) {
        TextField f = new TextField();
        f.setPlaceholder(getTranslation(key));
        f.setAriaLabel(getTranslation(key));
        f.setValue(value == null ? "" : value);
        f.setMaxLength(DisasterPlan.TEXT_LIMIT);
        return f;
    }

    private RowList.Row<PlanContent.CallContact> contactRow(PlanContent.@Nullable CallContact v) {
        TextField name = small("preparedness.contact.name", v == null ? null : v.name());
        TextField relation = small("preparedness.contact.relation", v == null ? null : v.relation());
        TextField phone = small("preparedness.contact.phone", v == null ? null : v.phone());
        TextField calledBy = small("preparedness.contact.called-by", v == null ? null : v.calledBy());
        IntegerField within = new IntegerField();
        within.setPlaceholder(getTranslation("preparedness.contact.within"));
        within.setAriaLabel(getTranslation("preparedness.contact.within"));
        within.setValue(v == null ? null : v.withinMinutes());
        Div d = new Div(name, relation, phone, calledBy, within);
        d.addClassName("prep-row-fields");
        return row(d, () -> Inputs.blank(name.getValue()) == null ? null : new PlanContent.CallContact(name.getValue().strip(),
                Inputs.blank(relation.getValue()), Inputs.blank(phone.getValue()), Inputs.blank(calledBy.getValue()), within.getValue()));
    }

    private RowList.Row<String> stepRow(@Nullable String v) {
        TextField step = small("preparedness.page.plan.step", v);
        step.setWidthFull();
        return row(step, () -> Inputs.blank(step.getValue()));
    }

    private RowList.Row<PlanContent.Supply> supplyRow(PlanContent.@Nullable Supply v) {
        Checkbox ready = new Checkbox(v != null && v.ready());
        ready.setAriaLabel(getTranslation("preparedness.page.plan.ready"));
        TextField item = small("preparedness.page.plan.supply", v == null ? null : v.item());
        Div d = new Div(ready, item);
        d.addClassName("prep-row-fields");
        return row(d, () -> Inputs.blank(item.getValue()) == null ? null : new PlanContent.Supply(item.getValue().strip(), ready.getValue()));
    }

    private RowList.Row<PlanContent.Supporter> supporterRow(PlanContent.@Nullable Supporter v) {
        TextField name = small("preparedness.supporter.name", v == null ? null : v.name());
        TextField org = small("preparedness.supporter.organisation", v == null ? null : v.organisation());
        TextField role = small("preparedness.supporter.role", v == null ? null : v.role());
        Div d = new Div(name, org, role);
        d.addClassName("prep-row-fields");
        return row(d, () -> Inputs.blank(name.getValue()) == null ? null
                : new PlanContent.Supporter(name.getValue().strip(), Inputs.blank(org.getValue()), Inputs.blank(role.getValue())));
    }

    static <T> RowList.Row<T> row(Component c, java.util.function.Supplier<@Nullable T> value) {
        return new RowList.Row<>() {
            @Override
            public Component component() {
                return c;
            }

            @Override
            public @Nullable T value() {
                return value.get();
            }
        };
    }
}
