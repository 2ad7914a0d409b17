package org.renkei.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.renkei.directory.AssociationService;
import org.renkei.directory.Capability;
import org.renkei.directory.CapabilityQuery;
import org.renkei.directory.CapabilitySearch;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.DistrictInfo;
import org.renkei.directory.FacilityCapabilityInfo;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.FacilityType;
import org.renkei.directory.IntakeFilter;
import org.renkei.kit.SearchFields;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.security.Role;

/**
 * 対応可能施設の検索: facilities that take on what a patient needs, in a district, taking new patients now; results as
 * cards with a button that calls them (made for a phone). The member's own district is chosen at first.
 */
@Route("directory/capabilities")
@Menu(title = "capabilities.title", order = 11, icon = "vaadin:hospital")
@RolesAllowed("MEMBER")
class CapabilitySearchView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 20;

    final ComboBox<FacilityType> type = new ComboBox<>();
    final MultiSelectComboBox<Capability> capabilities = new MultiSelectComboBox<>();
    final ComboBox<DistrictInfo> district = new ComboBox<>();
    final Checkbox accepting = new Checkbox();
    final TextField search = new TextField();
    final Div results = new Div();
    final Button more = new Button();
    private final Paragraph none = new Paragraph();
    private final CapabilitySearch capabilitySearch;
    private final Actor actor;
    private int loaded;

    CapabilitySearchView(CapabilitySearch capabilitySearch, AssociationService associations, DirectoryLookup lookup,
            CurrentActor currentActor) {
        this.capabilitySearch = capabilitySearch;
        this.actor = currentActor.require();
        addClassName("page");

        type.setId("capability-type");
        type.setPlaceholder(getTranslation("facilities.type"));
        type.setItems(Capability.declaringTypes());
        type.setItemLabelGenerator(t -> getTranslation("facility-type." + t));
        type.setClearButtonVisible(true);
        capabilities.setId("capability-filter");
        capabilities.setPlaceholder(getTranslation("capabilities.takes"));
        capabilities.setItems(Capability.values());
        capabilities.setItemLabelGenerator(c -> getTranslation("capability." + c));
        capabilities.setClearButtonVisible(true);
        district.setId("capability-district");
        district.setPlaceholder(getTranslation("capabilities.district"));
        List<DistrictInfo> all = associations.districts();
        district.setItems(all);
        district.setItemLabelGenerator(d -> getTranslation("join.paren", d.name(), d.associationName()));
        district.setClearButtonVisible(true);
        if (actor.facilityId() != null) {
            FacilityContact own = lookup.contacts(Set.of(actor.facilityId())).get(actor.facilityId());
            all.stream().filter(d -> own != null && own.districtId() != null && d.id() == own.districtId()).findFirst()
                    .ifPresent(district::setValue);
        }
        accepting.setId("accepting-only");
        accepting.setLabel(getTranslation("capabilities.accepting-only"));
        SearchFields.prepare(search, getTranslation("capabilities.search"));
        search.setId("capability-search");

        Div filters = new Div(type, capabilities, district, accepting, search);
        filters.addClassName("filters");
        filters.addClassName("capability-filters");
        results.setId("capability-results");
        results.addClassName("capability-results");
        none.setText(getTranslation("capabilities.no-results"));
        none.setId("no-results");
        more.setText(getTranslation("capabilities.more"));
        more.setId("more-results");
        more.addClickListener(e -> load());
        add(filters);
        if (actor.has(Role.FACILITY_ADMIN) && actor.facilityId() != null) {
            Anchor own = new Anchor("admin/facilities/" + actor.facilityId(), getTranslation("capabilities.edit-own"));
            own.setId("edit-own-capabilities");
            add(own);
        }
        add(none, results, more);

        type.addValueChangeListener(e -> restart());
        capabilities.addValueChangeListener(e -> restart());
        district.addValueChangeListener(e -> restart());
        accepting.addValueChangeListener(e -> restart());
        search.addValueChangeListener(e -> restart());
        restart();
    }

    private CapabilityQuery query() {
        return new CapabilityQuery(type.getValue(), capabilities.getValue(),
                district.getValue() == null ? null : district.getValue().id(),
                accepting.getValue() ? IntakeFilter.ACCEPTING : IntakeFilter.ANY, search.getValue());
    }

    private void restart() {
        results.removeAll();
        loaded = 0;
        load();
    }

    /** The next page, one more than shown to know whether another follows. */
    private void load() {
        List<FacilityCapabilityInfo> page = capabilitySearch.find(actor, query(), loaded, PAGE + 1);
        page.stream().limit(PAGE).forEach(f -> results.add(card(f)));
        loaded += Math.min(PAGE, page.size());
        more.setVisible(page.size() > PAGE);
        none.setVisible(loaded == 0);
    }

    private Div card(FacilityCapabilityInfo f) {
        Anchor name = new Anchor("admin/facilities/" + f.id(), f.name());
        name.addClassName("capability-card-name");
        Div head = new Div(name);
        head.addClassName("capability-card-head");
        Span kind = new Span(getTranslation("facility-type." + f.type()));
        kind.addClassName("capability-card-meta");
        Span address = new Span(getTranslation("facility.address-line", f.postalCode(), f.address()));
        address.addClassName("capability-card-meta");
        Anchor tel = new Anchor("tel:" + f.phone().replace("-", ""), getTranslation("capabilities.call", f.phone()));
        tel.setId("tel-" + f.id());
        tel.addClassName("button-link");
        Div card = new Div(head, kind, address, CapabilitySection.summary(this, f), tel);
        card.addClassName("capability-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("capabilities.title") + " | " + getTranslation("app.name");
    }
}
