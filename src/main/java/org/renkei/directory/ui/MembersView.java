package org.renkei.directory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.renkei.directory.MemberService;
import org.renkei.directory.MemberService.MemberQuery;
import org.renkei.directory.MemberStatus;
import org.renkei.directory.Profession;
import org.renkei.kit.SearchFields;
import org.renkei.platform.CsvFiles;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/** 会員管理: every member of the association, with the association's actions and a CSV export. */
@Route("admin/members")
@Menu(title = "members.title", order = 30, icon = "vaadin:users")
@RolesAllowed({"ASSOCIATION_ADMIN", "SYSTEM_ADMIN"})
class MembersView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<MemberStatus> status = new ComboBox<>();
    final ComboBox<Profession> profession = new ComboBox<>();
    final MemberGrid grid;

    MembersView(MemberService members, CurrentActor currentActor) {
        Actor actor = currentActor.require();
        addClassName("page");
        setSizeFull();
        SearchFields.prepare(search, getTranslation("members.search"));
        status.setPlaceholder(getTranslation("member.status"));
        status.setItems(MemberStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("member-status." + s));
        status.setClearButtonVisible(true);
        profession.setPlaceholder(getTranslation("member.profession"));
        profession.setItems(Profession.values());
        profession.setItemLabelGenerator(p -> getTranslation("profession." + p));
        profession.setClearButtonVisible(true);
        grid = new MemberGrid(members, actor, true, this::query);
        grid.setSizeFull();
        search.addValueChangeListener(e -> grid.refresh());
        status.addValueChangeListener(e -> grid.refresh());
        profession.addValueChangeListener(e -> grid.refresh());
        Div filters = new Div(search, status, profession, Exports.csvLink(this, "export.csv", "members",
                () -> members.export(actor, query(), CsvFiles.Encoding.UTF_8, this::getTranslation, getLocale())));
        filters.addClassName("filters");
        add(filters, grid);
    }

    private MemberQuery query() {
        return new MemberQuery(null, null, status.getValue(), profession.getValue(), search.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title") + " | " + getTranslation("app.name");
    }
}
