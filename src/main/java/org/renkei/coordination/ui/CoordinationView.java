package org.renkei.coordination.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.renkei.coordination.CoordinationQueries;
import org.renkei.coordination.CoordinationService;
import org.renkei.coordination.DeskQueue;
import org.renkei.coordination.SupplyDemandService;
import org.renkei.directory.AssociationService;
import org.renkei.directory.Capability;
import org.renkei.directory.DirectoryLookup;
import org.renkei.kit.DeepLinkedTabs;
import org.renkei.patient.PatientService;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * 在宅療養支援窓口: asking the district's desk to find care and following the facility's requests; for the desk, its
 * queue; for the facilities asked, the inquiries to answer; for the desk and the association's administrators, supply
 * and demand. A tab shows only to whom the services let read it; each reads when it is shown, and
 * {@code ?tab=desk} (file, desk, inquiries, supply) opens one directly.
 */
@Route("coordination")
@Menu(title = "coordination.page.title", order = 12, icon = "vaadin:handshake")
@RolesAllowed("MEMBER")
class CoordinationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TabSheet tabs = new TabSheet();
    final Tab fileTab;
    final @Nullable Tab deskTab;
    final @Nullable Tab inquiriesTab;
    final @Nullable Tab supplyTab;
    final FilePanel file;
    final @Nullable DeskPanel desk;
    final @Nullable InquiriesPanel inquiries;
    final @Nullable SupplyPanel supply;
    private final DeepLinkedTabs links = new DeepLinkedTabs(this, tabs, "coordination.page.tab.");

    CoordinationView(CoordinationService coordination, CoordinationQueries queries, DeskQueue deskQueue, SupplyDemandService supplyDemand,
            AssociationService associations, DirectoryLookup directory, PatientService patients, CurrentActor currentActor) {
        Actor actor = currentActor.require();
        addClassName("page");
        addClassName("coordination-page");
        file = new FilePanel(coordination, queries, associations, directory, patients, actor);
        fileTab = links.add("file", file, file::refresh);
        desk = isDesk(deskQueue, actor) ? new DeskPanel(deskQueue, actor) : null;
        deskTab = desk == null ? null : links.add("desk", desk, desk::refresh);
        inquiries = isAsked(queries, directory, actor) ? new InquiriesPanel(coordination, queries, actor) : null;
        inquiriesTab = inquiries == null ? null : links.add("inquiries", inquiries, inquiries::refresh);
        supply = readsSupply(supplyDemand, actor) ? new SupplyPanel(supplyDemand, actor) : null;
        supplyTab = supply == null ? null : links.add("supply", supply, supply::refresh);
        if (deskTab != null) {
            tabs.setSelectedTab(deskTab);
        }
        tabs.setWidthFull();
        links.listen();
        add(tabs);
    }

    /** The queue is the desk's: the service refuses everyone else. */
    private static boolean isDesk(DeskQueue deskQueue, Actor actor) {
        try {
            deskQueue.queue(actor);
            return true;
        } catch (AccessRefusedException notADesk) {
            return false;
        }
    }

    /** A facility the desk may ask: one that declares what it takes on, or one that has been asked already. */
    private static boolean isAsked(CoordinationQueries queries, DirectoryLookup directory, Actor actor) {
        if (actor.facilityId() == null) {
            return false;
        }
        return Capability.declaringTypes().contains(directory.facility(actor.facilityId()).type()) || !queries.inbox(actor).isEmpty();
    }

    private static boolean readsSupply(SupplyDemandService supplyDemand, Actor actor) {
        try {
            YearMonth now = YearMonth.now(TimeConfiguration.TOKYO);
            supplyDemand.months(actor, now, now);
            return true;
        } catch (AccessRefusedException notAReader) {
            return false;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        links.open(event.getLocation().getQueryParameters());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coordination.page.title") + " | " + getTranslation("app.name");
    }
}
