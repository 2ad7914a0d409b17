package org.renkei.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.renkei.directory.MemberService;
import org.renkei.directory.MemberService.MemberQuery;
import org.renkei.kit.SearchFields;
import org.renkei.platform.CsvFiles;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/** 職員管理: a facility administrator's own staff: add, edit, detach, import from CSV and export. */
@Route("staff")
@Menu(title = "staff.title", order = 40, icon = "vaadin:user-card")
@RolesAllowed("FACILITY_ADMIN")
class StaffView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final MemberGrid grid;
    final Button add;

    StaffView(MemberService members, CurrentActor currentActor) {
        Actor actor = currentActor.require();
        long facility = Objects.requireNonNull(actor.facilityId());
        addClassName("page");
        setSizeFull();
        SearchFields.prepare(search, getTranslation("members.search"));
        grid = new MemberGrid(members, actor, false,
                () -> new MemberQuery(null, facility, null, null, search.getValue()));
        grid.setSizeFull();
        search.addValueChangeListener(e -> grid.refresh());
        add = MemberGrid.addButton(this::getTranslation,
                () -> new MemberDialog(members, actor, facility, null, m -> grid.refresh()).open());
        Button importButton = new Button(getTranslation("import.title"), VaadinIcon.UPLOAD.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
        Div tools = new Div(search, add, importButton, Exports.csvLink(this, "export.csv", "staff",
                () -> members.export(actor, MemberQuery.ofFacility(facility), CsvFiles.Encoding.UTF_8, this::getTranslation,
                        getLocale())));
        tools.addClassName("filters");
        add(tools, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " | " + getTranslation("app.name");
    }
}
