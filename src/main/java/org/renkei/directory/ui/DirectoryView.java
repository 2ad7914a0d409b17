package org.renkei.directory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.renkei.directory.AssociationInfo;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DirectoryEntry;
import org.renkei.directory.DirectoryService;
import org.renkei.directory.Profession;
import org.renkei.kit.SearchFields;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Responsive;

/** 会員検索: colleagues in every district, by name, kana, facility or profession. */
@Route("directory")
@Menu(title = "directory.title", order = 10, icon = "vaadin:search")
@RolesAllowed("MEMBER")
class DirectoryView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<Profession> profession = new ComboBox<>();
    final ComboBox<AssociationInfo> association = new ComboBox<>();
    final Grid<DirectoryEntry> grid = new Grid<>();

    DirectoryView(DirectoryService directory, AssociationService associations, CurrentActor currentActor) {
        Actor actor = currentActor.require();
        addClassName("page");
        setSizeFull();
        SearchFields.prepare(search, getTranslation("directory.search"));
        profession.setPlaceholder(getTranslation("member.profession"));
        profession.setItems(Profession.values());
        profession.setItemLabelGenerator(p -> getTranslation("profession." + p));
        profession.setClearButtonVisible(true);
        association.setPlaceholder(getTranslation("facilities.association"));
        association.setItems(associations.all());
        association.setItemLabelGenerator(AssociationInfo::name);
        association.setClearButtonVisible(true);

        grid.addComponentColumn(e -> {
            Div cell = new Div(new Span(e.name()), new Span(e.nameKana()));
            cell.addClassName("two-line");
            return cell;
        }).setHeader(getTranslation("member.name")).setFlexGrow(2);
        var prof = grid.addColumn(e -> getTranslation("profession." + e.profession()))
                .setHeader(getTranslation("member.profession")).setAutoWidth(true);
        grid.addComponentColumn(e -> {
            Div cell = new Div(new Span(e.facilityName()),
                    new Span(getTranslation("join.dot", getTranslation("facility-type." + e.facilityType()), e.associationName())));
            cell.addClassName("two-line");
            return cell;
        }).setHeader(getTranslation("member.facility")).setFlexGrow(3);
        var phone = grid.addComponentColumn(e -> new Anchor("tel:" + e.facilityPhone().replace("-", ""), e.facilityPhone()))
                .setHeader(getTranslation("facility.phone")).setAutoWidth(true);
        grid.setSizeFull();
        Runnable refresh = () -> grid.setItems(q -> directory.find(actor, search.getValue(), profession.getValue(),
                association.getValue() == null ? null : association.getValue().id(), q.getOffset(), q.getLimit()).stream());
        search.addValueChangeListener(e -> refresh.run());
        profession.addValueChangeListener(e -> refresh.run());
        association.addValueChangeListener(e -> refresh.run());
        refresh.run();
        Responsive.onPhone(this, compact -> {
            prof.setVisible(!compact);
            phone.setVisible(!compact);
        });
        Div filters = new Div(search, profession, association);
        filters.addClassName("filters");
        add(filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.title") + " | " + getTranslation("app.name");
    }
}
