package org.renkei.safety.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.kit.DeepLinkedTabs;
import org.renkei.patient.PatientService;
import org.renkei.safety.HelpService;
import org.renkei.safety.MeasureService;
import org.renkei.safety.PairVisitService;
import org.renkei.safety.ReportQueries;
import org.renkei.safety.SafetyFiguresService;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * 安全な訪問: my reports and, for a facility's administrators, the facility's; the two-person visits; for the
 * administrators, who has not confirmed a measure yet; for the association's administrators, the counts; and where to get
 * help. A tab shows only to whom the services let read it; {@code ?tab=pairs} (reports, pairs, unconfirmed, figures,
 * help) opens one directly.
 */
@Route("safety")
@Menu(title = "safety.page.title", order = 13, icon = "vaadin:shield")
@RolesAllowed("MEMBER")
class SafetyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TabSheet tabs = new TabSheet();
    final @Nullable ReportsPanel reports;
    final @Nullable PairVisitsPanel pairs;
    final @Nullable UnconfirmedPanel unconfirmed;
    final @Nullable FiguresPanel figures;
    final HelpPanel help;
    final @Nullable Tab figuresTab;
    private final DeepLinkedTabs links = new DeepLinkedTabs(this, tabs, "safety.page.tab.");

    SafetyView(ReportQueries queries, PairVisitService visits, MeasureService measures, SafetyFiguresService figuresService,
            HelpService helpService, PatientService patients, DirectoryLookup directory, CurrentActor currentActor) {
        Actor actor = currentActor.require();
        addClassName("page");
        addClassName("safety-page");
        Long facility = actor.facilityId();
        reports = facility == null ? null : new ReportsPanel(queries, actor);
        if (reports != null) {
            links.add("reports", reports, reports::refresh);
        }
        pairs = facility == null ? null : new PairVisitsPanel(visits, patients, directory, actor);
        if (pairs != null) {
            links.add("pairs", pairs, pairs::refresh);
        }
        unconfirmed = measures.seesUnconfirmed(actor) ? new UnconfirmedPanel(measures, actor) : null;
        if (unconfirmed != null) {
            links.add("unconfirmed", unconfirmed, unconfirmed::refresh);
        }
        Long association = actor.associationId();
        figures = association != null && figuresService.reads(actor, association) ? new FiguresPanel(figuresService, actor, association) : null;
        figuresTab = figures == null ? null : links.add("figures", figures, figures::refresh);
        help = new HelpPanel(helpService, actor);
        links.add("help", help, help::refresh);
        if (reports == null && figuresTab != null) {
            tabs.setSelectedTab(figuresTab);
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
        return getTranslation("safety.page.title") + " | " + getTranslation("app.name");
    }
}
