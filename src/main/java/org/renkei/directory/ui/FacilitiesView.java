package org.renkei.directory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.AssociationInfo;
import org.renkei.directory.AssociationService;
import org.renkei.directory.FacilityInfo;
import org.renkei.directory.FacilityService;
import org.renkei.directory.FacilityService.FacilityQuery;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.FacilityType;
import org.renkei.kit.SearchFields;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Dates;
import org.renkei.shell.Responsive;

/**
 * 施設管理: the association's facilities, applications first. Tabs narrow by state, the search box by
 * name, kana or address; a row opens the facility.
 */
@Route("admin/facilities")
@Menu(title = "facilities.title", order = 20, icon = "vaadin:building")
@RolesAllowed({"ASSOCIATION_ADMIN", "SYSTEM_ADMIN"})
class FacilitiesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<FacilityInfo> grid = new Grid<>();
    final Tabs tabs = new Tabs();
    final TextField search = new TextField();
    final ComboBox<FacilityType> type = new ComboBox<>();
    final ComboBox<AssociationInfo> association = new ComboBox<>();
    private final Span count = new Span();
    private final FacilityService facilities;
    private final Actor actor;

    FacilitiesView(FacilityService facilities, AssociationService associations, CurrentActor currentActor) {
        this.facilities = facilities;
        this.actor = currentActor.require();
        addClassName("page");
        setSizeFull();

        Tab all = new Tab(getTranslation("facilities.all"));
        tabs.add(all);
        for (FacilityStatus s : FacilityStatus.values()) {
            Tab tab = new Tab(getTranslation("facility-status." + s));
            tab.setId("tab-" + s.name().toLowerCase(Locale.ROOT));
            tabs.add(tab);
        }
        long pending = facilities.pendingCount(actor);
        tabs.setSelectedIndex(pending > 0 ? 1 : 0);
        tabs.addSelectedChangeListener(e -> refresh());

        SearchFields.prepare(search, getTranslation("facilities.search"));
        search.addValueChangeListener(e -> refresh());
        type.setPlaceholder(getTranslation("facilities.type"));
        type.setItems(FacilityType.values());
        type.setItemLabelGenerator(t -> getTranslation("facility-type." + t));
        type.setClearButtonVisible(true);
        type.addValueChangeListener(e -> refresh());
        Div filters = new Div(search, type);
        if (actor.isSystemAdmin()) {
            association.setPlaceholder(getTranslation("facilities.association"));
            association.setItems(associations.all());
            association.setItemLabelGenerator(AssociationInfo::name);
            association.setClearButtonVisible(true);
            association.addValueChangeListener(e -> refresh());
            filters.add(association);
        }
        filters.addClassName("filters");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(f -> {
            Div cell = new Div(new Span(f.name()), new Span(getTranslation("facility-type." + f.type())));
            cell.addClassName("two-line");
            return cell;
        }).setHeader(getTranslation("facility.name")).setFlexGrow(3);
        var status = grid.addComponentColumn(f -> Labels.status(this, f.status())).setHeader(getTranslation("facility.status"))
                .setAutoWidth(true).setFlexGrow(0);
        var district = grid.addColumn(f -> f.districtName() == null ? "" : f.districtName())
                .setHeader(getTranslation("facility.district")).setAutoWidth(true);
        var phone = grid.addColumn(FacilityInfo::phone).setHeader(getTranslation("facility.phone")).setAutoWidth(true);
        var applied = grid.addColumn(f -> Dates.dateTime(f.appliedAt(), getLocale())).setHeader(getTranslation("facility.applied-at"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FacilityView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        grid.setSizeFull();
        Responsive.onPhone(this, phoneSized -> {
            district.setVisible(!phoneSized);
            phone.setVisible(!phoneSized);
            applied.setVisible(!phoneSized);
            status.setVisible(true);
        });

        add(tabs, filters, count, grid);
        refresh();
    }

    private @Nullable FacilityStatus selectedStatus() {
        int i = tabs.getSelectedIndex();
        return i <= 0 ? null : FacilityStatus.values()[i - 1];
    }

    private void refresh() {
        FacilityQuery query = new FacilityQuery(association.getValue() == null ? null : association.getValue().id(),
                selectedStatus(), type.getValue(), search.getValue());
        grid.setItems(q -> facilities.search(actor, query, q.getOffset(), q.getLimit()).stream());
        count.setText(getTranslation("list.count", facilities.count(actor, query)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilities.title") + " | " + getTranslation("app.name");
    }
}
