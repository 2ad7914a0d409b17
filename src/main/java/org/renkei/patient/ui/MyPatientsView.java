package org.renkei.patient.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.renkei.kit.SearchFields;
import org.renkei.patient.PatientListMark;
import org.renkei.patient.TransferService;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientService;
import org.renkei.patient.PatientStatus;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * 担当患者: the patients whose team I am on, most recently active first, each marked when something
 * changed since I last opened it. Searchable by name or reading.
 */
@Route("patients")
@Menu(title = "patients.title", order = 5, icon = "vaadin:user-heart")
@RolesAllowed("MEMBER")
class MyPatientsView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<PatientCard> grid = new Grid<>();
    final Button register = new Button();

    private final Map<Long, List<String>> marks = new HashMap<>();

    MyPatientsView(PatientService patients, TransferService teams, List<PatientListMark> markers, CurrentActor currentActor) {
        Actor actor = currentActor.require();
        addClassName("page");
        setSizeFull();
        SearchFields.prepare(search, getTranslation("patients.search"));
        register.setText(getTranslation("patients.register"));
        register.setIcon(VaadinIcon.PLUS.create());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RegisterPatientView.class)));
        register.setVisible(actor.facilityId() != null);
        Div tools = new Div(search, register);
        tools.addClassName("filters");
        int incoming = teams.incomingTransfers(actor).size();
        if (incoming > 0) {
            Button transfers = new Button(getTranslation("transfers.incoming", incoming), VaadinIcon.EXCHANGE.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(TransfersView.class)));
            tools.add(transfers);
        }

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::card).setHeader(getTranslation("patients.title"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PatientView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        grid.setSizeFull();
        Runnable refresh = () -> grid.setItems(q -> {
            List<PatientCard> page = patients.myPatients(actor, search.getValue(), q.getOffset(), q.getLimit());
            // the other modules' marks for the patients on this page, each asked once for all of them
            List<Long> ids = page.stream().map(PatientCard::id).toList();
            ids.forEach(marks::remove);
            for (PatientListMark marker : markers) {
                marker.marks(actor, ids, (key, args) -> getTranslation(key, args))
                        .forEach((id, label) -> marks.computeIfAbsent(id, k -> new ArrayList<>()).add(label));
            }
            return page.stream();
        });
        search.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(tools, grid);
    }

    private Div card(PatientCard p) {
        Span name = new Span(p.name());
        name.addClassName("patient-name");
        Span kana = new Span(p.nameKana());
        kana.addClassName("patient-kana");
        Div top = new Div(name, kana);
        top.addClassName("patient-card-top");
        if (p.changedSinceSeen()) {
            top.add(Badge.of(getTranslation("patients.changed"), Badge.Tone.WARNING));
        }
        if (p.status() == PatientStatus.FROZEN) {
            top.add(Badge.of(getTranslation("patient-status.FROZEN"), Badge.Tone.DANGER));
        }
        marks.getOrDefault(p.id(), List.of()).forEach(label -> top.add(Badge.of(label, Badge.Tone.DANGER)));
        Div roles = new Div();
        roles.addClassName("badges");
        p.myRoles().forEach(r -> roles.add(Badge.of(Format.role(this, r), Badge.Tone.INFO)));
        Span person = new Span(getTranslation("join.dot", Format.person(this, p.birthDate(), p.sex()), p.managingFacilityName()));
        person.addClassName("patient-meta");
        Span activity = new Span(getTranslation("patients.last-activity", Dates.dateTime(p.lastActivityAt(), getLocale()), p.lastActivityBy()));
        activity.addClassName("patient-meta");
        Div card = new Div(top, person, roles, activity);
        card.addClassName("patient-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("patients.title") + " | " + getTranslation("app.name");
    }
}
