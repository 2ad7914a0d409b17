package org.renkei.events.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.AssociationService;
import org.renkei.events.CalendarFiles;
import org.renkei.events.EventFiguresService;
import org.renkei.events.EventService;
import org.renkei.events.MeetingQueries;
import org.renkei.events.Organising;
import org.renkei.kit.DeepLinkedTabs;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * 研修・連絡会: the calendar of the member's association and of the whole metropolis, the member's own registrations
 * and calendar feed, for organisers the meetings they hold, and for the association's administrators the participation
 * figures. {@code ?tab=mine} (calendar, mine, organise, figures) opens a tab directly.
 */
@Route("events")
@Menu(title = "events.page.title", order = 13, icon = "vaadin:calendar-user")
@RolesAllowed("MEMBER")
class EventsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TabSheet tabs = new TabSheet();
    final CalendarPanel calendar;
    final MinePanel mine;
    final @Nullable OrganisePanel organise;
    final @Nullable FiguresPanel figures;
    final Tab calendarTab;
    final Tab mineTab;
    final @Nullable Tab organiseTab;
    final @Nullable Tab figuresTab;
    private final DeepLinkedTabs links = new DeepLinkedTabs(this, tabs, "events.page.tab.");

    EventsView(EventService events, MeetingQueries queries, CalendarFiles files, EventFiguresService figuresService,
            Organising organising, AssociationService associations, CurrentActor currentActor) {
        Actor actor = currentActor.require();
        addClassName("page");
        addClassName("events-page");
        calendar = new CalendarPanel(queries, associations, actor);
        calendarTab = links.add("calendar", calendar, calendar::refresh);
        mine = new MinePanel(queries, files, actor);
        mineTab = links.add("mine", mine, mine::refresh);
        List<Long> hosts = organising.facilities(actor);
        organise = hosts.isEmpty() ? null : new OrganisePanel(events, queries, organising, hosts, actor);
        organiseTab = organise == null ? null : links.add("organise", organise, organise::refresh);
        figures = actor.associationId() != null && actor.administers(actor.associationId())
                ? new FiguresPanel(figuresService, actor, actor.associationId()) : null;
        figuresTab = figures == null ? null : links.add("figures", figures, figures::refresh);
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
        return getTranslation("events.page.title") + " | " + getTranslation("app.name");
    }
}
