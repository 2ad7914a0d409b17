package org.renkei.preparedness.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.renkei.directory.AssociationService;
import org.renkei.kit.DeepLinkedTabs;
import org.renkei.preparedness.BoardQueries;
import org.renkei.preparedness.DisasterService;
import org.renkei.preparedness.PlanDocumentService;
import org.renkei.preparedness.PlanQueries;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * 災害対策 (在宅人工呼吸器使用者): the register (the 区's desk: its users, CSV and print; a team member: their patients' plans)
 * and disaster mode (declare an event; the events one runs or checks in). {@code ?tab=disaster} opens the second tab.
 */
@Route("preparedness")
@Menu(title = "preparedness.page.title", order = 13, icon = "vaadin:bolt")
@RolesAllowed("MEMBER")
class PreparednessView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TabSheet tabs = new TabSheet();
    final Tab registerTab;
    final Tab disasterTab;
    final RegisterPanel register;
    final EventsPanel events;
    private final DeepLinkedTabs links = new DeepLinkedTabs(this, tabs, "preparedness.page.tab.");

    PreparednessView(PlanQueries plans, PlanDocumentService documents, DisasterService disasters, BoardQueries boards,
            AssociationService associations, CurrentActor currentActor) {
        Actor actor = currentActor.require();
        addClassName("page");
        addClassName("preparedness-page");
        register = new RegisterPanel(plans, documents, actor);
        registerTab = links.add("register", register, register::refresh);
        events = new EventsPanel(disasters, boards, associations, actor);
        disasterTab = links.add("disaster", events, events::refresh);
        if (!boards.events(actor).stream().filter(e -> e.open()).toList().isEmpty()) {
            tabs.setSelectedTab(disasterTab);
        }
        tabs.setWidthFull();
        links.listen();
        add(tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        links.open(event.getLocation().getQueryParameters());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("preparedness.page.title") + " | " + getTranslation("app.name");
    }
}
