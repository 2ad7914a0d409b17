package org.renkei.beds.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
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
import org.renkei.beds.AvailabilityService;
import org.renkei.beds.BedBoardFeed;
import org.renkei.beds.BedFiguresService;
import org.renkei.beds.BedRequestQueries;
import org.renkei.beds.BedRequestService;
import org.renkei.beds.PreRegistrationService;
import org.renkei.beds.ProgrammeInfo;
import org.renkei.beds.ProgrammeService;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DirectoryLookup;
import org.renkei.kit.DeepLinkedTabs;
import org.renkei.kit.LiveUpdates;
import org.renkei.patient.PatientService;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * 後方支援病床: the board of free beds (live: a hospital's new figure shows at once on this node, other nodes poll every
 * minute), the requests, the registrations in advance, the programme and, for whoever runs one, its monthly figures.
 * Each tab reads when it is shown; {@code ?tab=requests} (and the other tab names) opens a tab directly.
 */
@Route("beds")
@Menu(title = "beds.page.title", order = 9, icon = "vaadin:bed")
@RolesAllowed("MEMBER")
class BedsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How often the board asks again, for figures saved on another node of a cluster. */
    static final int POLL_MILLIS = 60_000;

    final TabSheet tabs = new TabSheet();
    final Tab boardTab;
    final Tab requestsTab;
    final Tab registrationsTab;
    final Tab programmeTab;
    final @Nullable Tab figuresTab;
    final BoardPanel board;
    final RequestsPanel requests;
    final RegistrationsPanel registrations;
    final ProgrammePanel programme;
    final @Nullable FiguresPanel figures;
    private final BedBoardFeed feed;
    private final Actor actor;
    private final DeepLinkedTabs links = new DeepLinkedTabs(this, tabs, "beds.page.tab.");
    private @Nullable Runnable stopListening;

    BedsView(AvailabilityService availability, BedBoardFeed feed, BedRequestService requestService, BedRequestQueries queries,
            PreRegistrationService registrationService, ProgrammeService programmes, BedFiguresService figuresService,
            PatientService patients, AssociationService associations, DirectoryLookup directory, CurrentActor currentActor) {
        this.feed = feed;
        this.actor = currentActor.require();
        addClassName("page");
        addClassName("beds-page");
        board = new BoardPanel(availability, actor);
        requests = new RequestsPanel(requestService, queries, availability, patients, actor);
        registrations = new RegistrationsPanel(registrationService, availability, patients, actor);
        programme = new ProgrammePanel(programmes, queries, requestService, associations, directory, actor);
        boardTab = links.add("board", board, board::refresh);
        requestsTab = links.add("requests", requests, requests::refresh);
        registrationsTab = links.add("registrations", registrations, registrations::refresh);
        programmeTab = links.add("programme", programme, programme::refresh);
        if (programmes.list(actor).stream().anyMatch(ProgrammeInfo::mayManage)) {
            figures = new FiguresPanel(figuresService, programmes, actor);
            figuresTab = links.add("figures", figures, figures::refresh);
        } else {
            figures = null;
            figuresTab = null;
        }
        tabs.setWidthFull();
        links.listen();
        add(tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        links.open(event.getLocation().getQueryParameters());
    }

    /** The board again, when it is the tab in view (a push from this node, or the minute's poll). */
    void boardChanged() {
        links.refreshIfShown(boardTab);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Long association = actor.associationId();
        stopListening = LiveUpdates.attach(event.getUI(),
                push -> association == null ? () -> { } : feed.listen(association, e -> push.run()), this::boardChanged, POLL_MILLIS,
                this::boardChanged);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("beds.page.title") + " | " + getTranslation("app.name");
    }
}
