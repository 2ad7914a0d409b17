package org.renkei.patient.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.patient.Access;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.ConsentService;
import org.renkei.patient.EmergencyAccessInfo;
import org.renkei.patient.Insurance;
import org.renkei.patient.PatientAction;
import org.renkei.patient.PatientHeader;
import org.renkei.patient.PatientPage;
import org.renkei.patient.PatientPageSection;
import org.renkei.patient.PatientService;
import org.renkei.patient.SummaryDocumentService;
import org.renkei.patient.SummaryHistoryService;
import org.renkei.patient.SummaryService;
import org.renkei.patient.TransferService;
import org.renkei.patient.PatientStatus;
import org.renkei.patient.RegistrationService;
import org.renkei.patient.VersionInfo;
import org.renkei.platform.ConflictException;
import org.renkei.kit.Forms;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * 患者ページ: who the patient is and, in tabs, the summary, its editor, its history, the team and the
 * consent. Opening it is logged; each tab's reads are logged by the services behind them.
 */
@Route("patients/:id")
@RolesAllowed("MEMBER")
class PatientView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TabSheet tabs = new TabSheet();
    final Tab summaryTab;
    final Tab editTab;
    final Tab historyTab;
    final Tab teamTab;
    final Tab consentTab;
    @Nullable SummaryEditor editor;
    final TextField note = new TextField();
    final Button save = new Button();
    @Nullable HistoryPanel history;
    @Nullable TeamPanel team;
    private final Div summaryPane = new Div();
    private final Div editPane = new Div();
    private final Div historyPane = new Div();
    private final Div teamPane = new Div();
    private final Div consentPane = new Div();
    private final Div head = new Div();
    private final PatientService patients;
    private final SummaryService summaries;
    private final SummaryHistoryService versions;
    private final CareTeamService teams;
    private final TransferService transfers;
    private final ConsentService consents;
    private final SummaryDocumentService documents;
    private final DirectoryLookup directory;
    private final RegistrationService registrations;
    private final List<PatientPageSection> sections;
    private final Actor actor;
    private @Nullable PatientPage page;

    PatientView(PatientService patients, SummaryService summaries, SummaryHistoryService history, CareTeamService teams,
            TransferService transfers, ConsentService consents, SummaryDocumentService documents,
            RegistrationService registrations, DirectoryLookup directory, List<PatientPageSection> sections, CurrentActor currentActor) {
        this.registrations = registrations;
        this.sections = sections;
        this.patients = patients;
        this.summaries = summaries;
        this.versions = history;
        this.teams = teams;
        this.transfers = transfers;
        this.consents = consents;
        this.documents = documents;
        this.directory = directory;
        this.actor = currentActor.require();
        addClassName("page");
        addClassName("patient-page");
        summaryTab = tabs.add(getTranslation("patient.tab.summary"), summaryPane);
        editTab = tabs.add(getTranslation("patient.tab.edit"), editPane);
        historyTab = tabs.add(getTranslation("patient.tab.history"), historyPane);
        teamTab = tabs.add(getTranslation("patient.tab.team"), teamPane);
        consentTab = tabs.add(getTranslation("patient.tab.consent"), consentPane);
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> fill(e.getSelectedTab()));
        note.setPlaceholder(getTranslation("summary.save-note"));
        note.setWidthFull();
        save.setText(getTranslation("summary.save"));
        save.setId("save-summary");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveSummary());
        add(new Anchor("patients", getTranslation("patients.back")), head, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        page = patients.open(actor, id);
        render();
    }

    PatientPage page() {
        return Objects.requireNonNull(page);
    }

    private void render() {
        PatientHeader h = page().header();
        head.removeAll();
        head.addClassName("patient-head");
        H2 title = new H2(h.name());
        Span kana = new Span(h.nameKana());
        kana.addClassName("patient-kana");
        Div badges = new Div();
        badges.addClassName("badges");
        if (h.status() == PatientStatus.FROZEN) {
            badges.add(Badge.of(getTranslation("patient-status.FROZEN"), Badge.Tone.DANGER));
        }
        if (h.access() == Access.EMERGENCY) {
            badges.add(Badge.of(getTranslation("access.EMERGENCY"), Badge.Tone.DANGER));
        }
        badges.add(Badge.of(getTranslation("consent-model." + h.consentModel()), Badge.Tone.NEUTRAL));
        Paragraph person = new Paragraph(getTranslation("join.dot", Format.person(this, h.birthDate(), h.sex()),
                getTranslation("patient.managed-by", h.managingFacilityName())));
        person.addClassName("patient-meta");
        Anchor room = new Anchor("messages/patient/" + h.id(), "");
        room.add(VaadinIcon.CHAT.create(), new Span(getTranslation("patient.room")));
        room.addClassName("button-link");
        room.setId("patient-room");
        Anchor handoffs = new Anchor("handoffs?patient=" + h.id(), "");
        handoffs.add(VaadinIcon.EXCHANGE.create(), new Span(getTranslation("patient.handoffs")));
        handoffs.addClassName("button-link");
        handoffs.setId("patient-handoffs");
        long patientId = h.id();
        // the export is read (and logged) when the member clicks, not when the page is shown
        Anchor fhir = new Anchor(DownloadHandler.fromInputStream(e -> {
            SummaryDocumentService.Document d = documents.fhir(actor, patientId);
            return new DownloadResponse(new ByteArrayInputStream(d.content()), d.fileName(), d.contentType(), d.content().length);
        }), "");
        fhir.add(VaadinIcon.CODE.create(), new Span(getTranslation("patient.fhir")));
        fhir.addClassName("button-link");
        fhir.setId("patient-fhir");
        Div links = new Div(room, handoffs, fhir);
        links.addClassName("actions");
        if (h.allowed().contains(PatientAction.EDIT_DETAILS)) {
            Button details = new Button(getTranslation("patient.edit-details"), VaadinIcon.EDIT.create(),
                    e -> new DetailsDialog(registrations, actor, h, this::reload).open());
            details.setId("edit-details");
            links.add(details);
        }
        head.add(new Div(title, kana), badges, person, links);
        if (h.address() != null || h.phone() != null) {
            Paragraph contact = new Paragraph((h.address() == null ? "" : h.address()) + (h.phone() == null ? "" : "  ☎ " + h.phone()));
            contact.addClassName("patient-meta");
            head.add(contact);
        }
        if (h.insurance() != null) {
            Insurance i = h.insurance();
            Paragraph insurance = new Paragraph(getTranslation("insurance.line", i.insurerNumber(),
                    i.symbol() == null ? "-" : i.symbol(), i.number(), i.branch() == null ? "-" : i.branch()));
            insurance.addClassName("patient-meta");
            insurance.setId("patient-insurance");
            head.add(insurance);
        }
        for (EmergencyAccessInfo e : page().emergencyAccesses()) {
            Paragraph banner = new Paragraph(getTranslation("patient.emergency-banner", e.memberName(), e.facilityName(),
                    Dates.dateTime(e.at(), getLocale()), e.reason()));
            banner.addClassName("emergency-banner");
            head.add(banner);
        }
        if (h.status() == PatientStatus.FROZEN) {
            Paragraph frozen = new Paragraph(getTranslation("patient.frozen-banner"));
            frozen.addClassName("emergency-banner");
            head.add(frozen);
        }
        editTab.setVisible(h.allowed().contains(PatientAction.EDIT_SUMMARY));
        tabs.setSelectedTab(summaryTab);
        fill(summaryTab);
    }

    private void fill(@Nullable Tab tab) {
        if (tab == null || page == null) {
            return;
        }
        PatientHeader h = page().header();
        try {
            if (tab == summaryTab) {
                VersionInfo v = page().current().info();
                Paragraph version = new Paragraph(v.version() == 0 ? getTranslation("summary.no-version")
                        : getTranslation("summary.version-line", v.version(), Dates.dateTime(v.createdAt(), getLocale()), v.authorName()));
                version.addClassName("patient-meta");
                version.setId("summary-version");
                summaryPane.removeAll();
                sections.forEach(s -> s.section(actor, h, (key, args) -> getTranslation(key, args)).ifPresent(summaryPane::add));
                summaryPane.add(version, new SummaryCard(page().current().summary(), h.isChild(Format.todayInTokyo())));
            } else if (tab == editTab && h.allowed().contains(PatientAction.EDIT_SUMMARY)) {
                editPane.removeAll();
                editor = new SummaryEditor(page().current().summary(), h.isChild(Format.todayInTokyo()));
                Paragraph base = new Paragraph(getTranslation("summary.editing-version", page().current().info().version()));
                base.addClassName("patient-meta");
                Div bar = new Div(note, save);
                bar.addClassName("save-bar");
                editPane.add(base, editor, bar);
            } else if (tab == historyTab) {
                historyPane.removeAll();
                history = new HistoryPanel(versions, actor, h.id());
                historyPane.add(history);
            } else if (tab == teamTab) {
                teamPane.removeAll();
                team = new TeamPanel(teams, transfers, directory, actor, h, this::reload);
                teamPane.add(team);
            } else if (tab == consentTab) {
                consentPane.removeAll();
                consentPane.add(new ConsentPanel(consents, actor, h, this::reload));
            }
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
    }

    void saveSummary() {
        SummaryEditor current = Objects.requireNonNull(editor);
        try {
            VersionInfo saved = summaries.saveSummary(actor, page().header().id(), page().current().info().version(),
                    current.value(), note.getValue());
            note.clear();
            Forms.success(getTranslation("summary.saved", saved.version()));
            reload();
        } catch (ConflictException e) {
            Component reloadButton = new Button(getTranslation("summary.load-latest"), VaadinIcon.REFRESH.create(), x -> reload());
            Div conflict = new Div(new Paragraph(getTranslation(e.messageKey(), e.arguments())), reloadButton);
            conflict.addClassName("conflict");
            conflict.setId("summary-conflict");
            editPane.addComponentAsFirst(conflict);
            Forms.error(this, e);
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
    }

    void reload() {
        page = patients.open(actor, page().header().id());
        render();
    }

    @Override
    public String getPageTitle() {
        return (page == null ? getTranslation("patients.title") : page.header().name()) + " | " + getTranslation("app.name");
    }
}
