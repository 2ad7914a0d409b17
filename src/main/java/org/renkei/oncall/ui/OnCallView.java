package org.renkei.oncall.ui;

import com.vaadin.flow.component.html.Div;
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
import org.renkei.directory.FacilityType;
import org.renkei.kit.DeepLinkedTabs;
import org.renkei.oncall.AbsenceService;
import org.renkei.oncall.AgreementService;
import org.renkei.oncall.BriefDocumentService;
import org.renkei.oncall.BriefService;
import org.renkei.oncall.CallService;
import org.renkei.oncall.CoverService;
import org.renkei.oncall.FiguresService;
import org.renkei.oncall.RotaService;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * 24時間の診療体制: tonight's briefs for the covering doctor and the calls they take, the morning reports, the 主治医's
 * briefs of their own patients, absences and agreements, the rota, and for the association the monthly figures. Each
 * tab reads when it is shown. {@code ?tab=reports} (and the other tab names) opens a tab directly.
 */
@Route("on-call")
@Menu(title = "oncall.page.title", order = 8, icon = "vaadin:doctor")
@RolesAllowed("MEMBER")
class OnCallView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TabSheet tabs = new TabSheet();
    final Tab tonightTab;
    final Tab reportsTab;
    final Tab briefsTab;
    final Tab absencesTab;
    final Tab rotaTab;
    final @Nullable Tab figuresTab;
    final TonightPanel tonight;
    final ReportsPanel reports;
    final MyBriefsPanel briefs;
    final AbsencesPanel absences;
    final AgreementsPanel agreements;
    final RotaPanel rota;
    final @Nullable FiguresPanel figures;
    private final DeepLinkedTabs links = new DeepLinkedTabs(this, tabs, "oncall.page.tab.");

    OnCallView(CoverService cover, CallService calls, BriefDocumentService documents, BriefService briefService, AbsenceService absenceService,
            AgreementService agreementService, RotaService rotaService, FiguresService figuresService, DirectoryLookup directory,
            CurrentActor currentActor) {
        Actor actor = currentActor.require();
        addClassName("page");
        addClassName("oncall-page");
        FacilityType type = actor.facilityId() == null ? null : directory.facility(actor.facilityId()).type();
        tonight = new TonightPanel(cover, calls, documents, actor);
        reports = new ReportsPanel(calls, actor);
        briefs = new MyBriefsPanel(briefService, actor);
        absences = new AbsencesPanel(absenceService, agreementService, briefService, actor);
        agreements = new AgreementsPanel(agreementService, briefService, actor, type, absences::refresh);
        rota = new RotaPanel(rotaService, agreementService, actor);
        Div coverPane = new Div(absences, agreements);
        coverPane.addClassName("oncall-pane");
        tonightTab = links.add("tonight", tonight, tonight::refresh);
        reportsTab = links.add("reports", reports, reports::refresh);
        briefsTab = links.add("briefs", briefs, briefs::refresh);
        absencesTab = links.add("absences", coverPane, () -> {
            absences.refresh();
            agreements.refresh();
        });
        rotaTab = links.add("rota", rota, rota::refresh);
        if (actor.associationId() != null && actor.administers(actor.associationId())) {
            figures = new FiguresPanel(figuresService, actor);
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
    public String getPageTitle() {
        return getTranslation("oncall.page.title") + " | " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        links.open(event.getLocation().getQueryParameters());
    }
}
