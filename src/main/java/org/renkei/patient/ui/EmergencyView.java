package org.renkei.patient.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Map;
import org.renkei.kit.Forms;
import org.renkei.patient.EmergencyAccessService;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * 緊急閲覧: find a patient who is not mine by exact reading and birth date, state why, and read their
 * record for an hour. The team is told, and the access log keeps the reason.
 */
@Route("emergency")
@Menu(title = "emergency.title", order = 60, icon = "vaadin:ambulance")
@RolesAllowed("CLINICIAN")
public class EmergencyView extends VerticalLayout implements HasDynamicTitle {

    final TextField kana = new TextField();
    final DatePicker birthDate = new DatePicker();
    final Button find = new Button();
    final Grid<EmergencyAccessService.Match> results = new Grid<>();

    EmergencyView(EmergencyAccessService emergency, CurrentActor currentActor) {
        Actor actor = currentActor.require();
        addClassName("page");
        kana.setLabel(getTranslation("patient.name-kana"));
        birthDate.setLabel(getTranslation("patient.birth-date"));
        find.setText(getTranslation("emergency.find"));
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        results.addColumn(m -> getTranslation("join.paren", m.name(), m.nameKana())).setHeader(getTranslation("patient.name")).setFlexGrow(2);
        results.addColumn(m -> Format.person(this, m.birthDate(), m.sex())).setHeader(getTranslation("patient.birth-date"))
                .setAutoWidth(true);
        results.addColumn(EmergencyAccessService.Match::managingFacility).setHeader(getTranslation("patient.managing")).setAutoWidth(true);
        results.addComponentColumn(m -> new Button(getTranslation("emergency.open"), e -> reasonDialog(emergency, actor, m).open()))
                .setAutoWidth(true).setFlexGrow(0);
        results.setAllRowsVisible(true);
        results.setVisible(false);
        find.addClickListener(e -> {
            try {
                var found = emergency.find(actor, kana.getValue(), birthDate.getValue() == null
                        ? LocalDate.of(1, 1, 1) : birthDate.getValue());
                results.setItems(found);
                results.setVisible(true);
                if (found.isEmpty()) {
                    Forms.error(this, getTranslation("emergency.none"));
                }
            } catch (InvalidInputException ex) {
                Forms.show(ex, this, Map.of("nameKana", kana));
            }
        });
        Paragraph warning = new Paragraph(getTranslation("emergency.warning"));
        warning.addClassName("emergency-banner");
        Div form = new Div(kana, birthDate, find);
        form.addClassName("filters");
        add(warning, form, results);
    }

    private Dialog reasonDialog(EmergencyAccessService emergency, Actor actor, EmergencyAccessService.Match match) {
        Dialog d = new Dialog(getTranslation("emergency.reason-title", match.name()));
        TextArea reason = new TextArea(getTranslation("emergency.reason"));
        reason.setWidthFull();
        reason.setMinLength(EmergencyAccessService.MIN_REASON);
        Button open = new Button(getTranslation("emergency.open"), e -> {
            try {
                emergency.breakGlass(actor, match.patientId(), reason.getValue());
                d.close();
                getUI().ifPresent(ui -> ui.navigate(PatientView.class, new RouteParameters("id", String.valueOf(match.patientId()))));
            } catch (InvalidInputException ex) {
                Forms.show(ex, this, Map.of("reason", reason));
            } catch (RenkeiException ex) {
                Forms.error(this, ex);
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        d.add(new Paragraph(getTranslation("emergency.reason-help")), reason);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), open);
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("emergency.title") + " | " + getTranslation("app.name");
    }
}
