package org.renkei.handoff.ui;

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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityType;
import org.renkei.handoff.ConferenceService;
import org.renkei.handoff.HandoffCard;
import org.renkei.handoff.HandoffKind;
import org.renkei.handoff.HandoffListService;
import org.renkei.handoff.HandoffService;
import org.renkei.handoff.HandoffStatus;
import org.renkei.kit.Forms;
import org.renkei.patient.PatientService;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * 入退院連携: what my facility must answer, what it sent and waits for, what is late (both sides), and the
 * agreed conferences to come. With {@code ?patient=ID}: one patient's handoffs and the buttons to write one.
 */
@Route("handoffs")
@Menu(title = "handoffs.title", order = 6, icon = "vaadin:exchange")
@RolesAllowed("MEMBER")
class HandoffsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TabSheet tabs = new TabSheet();
    final Div toAnswer = list("to-answer");
    final Div sent = list("sent");
    final Div late = list("late");
    final Div conferencesPane = list("conferences");
    final Div patientPane = list("patient");
    private final Div head = new Div();
    private final HandoffService handoffs;
    private final HandoffListService lists;
    private final ConferenceService conferences;
    private final PatientService patients;
    private final DirectoryLookup directory;
    private final Actor actor;
    private @Nullable Tab patientTab;
    private boolean built;

    HandoffsView(HandoffService handoffs, HandoffListService lists, ConferenceService conferences, PatientService patients, DirectoryLookup directory,
            CurrentActor currentActor) {
        this.handoffs = handoffs;
        this.lists = lists;
        this.conferences = conferences;
        this.patients = patients;
        this.directory = directory;
        this.actor = currentActor.require();
        addClassName("page");
        head.addClassName("title-row");
        tabs.setWidthFull();
        add(head, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        head.removeAll();
        Long patientId = event.getLocation().getQueryParameters().getSingleParameter("patient").map(HandoffsView::number).orElse(null);
        try {
            if (patientId != null) {
                forPatient(patientId);
            }
            List<HandoffCard> answer = lists.toAnswer(actor);
            List<HandoffCard> ours = lists.sentByUs(actor);
            List<HandoffCard> overdue = lists.late(actor);
            fill(toAnswer, answer);
            fill(sent, ours);
            fill(late, overdue);
            conferences();
            if (!built) {
                built = true;
                tabs.add(new Tab(getTranslation("handoffs.tab.to-answer") + count(answer)), toAnswer);
                tabs.add(new Tab(getTranslation("handoffs.tab.sent") + count(ours)), sent);
                Tab lateTab = tabs.add(new Tab(getTranslation("handoffs.tab.late") + count(overdue)), late);
                if (!overdue.isEmpty()) {
                    lateTab.addClassName("attention");
                }
                tabs.add(getTranslation("handoffs.tab.conferences"), conferencesPane);
            }
            if (patientTab != null) {
                tabs.setSelectedTab(patientTab);
            }
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
    }

    private void forPatient(long patientId) {
        String name = patients.header(actor, patientId).name();
        head.add(new H2(getTranslation("handoffs.for-patient", name)));
        boolean hospital = actor.facilityId() != null && directory.facility(actor.facilityId()).type() == FacilityType.HOSPITAL;
        Button write = new Button(getTranslation(hospital ? "handoffs.new-discharge" : "handoffs.new-admission"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(HandoffEditor.class, QueryParameters.simple(Map.of(
                        "patient", String.valueOf(patientId), "kind", (hospital ? HandoffKind.DISCHARGE : HandoffKind.ADMISSION).name())))));
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.setId("new-handoff");
        write.setVisible(actor.facilityId() != null);
        head.add(write, new Anchor("patients/" + patientId, getTranslation("patients.back")));
        fill(patientPane, lists.forPatient(actor, patientId));
        if (patientTab == null) {
            patientTab = tabs.add(getTranslation("handoffs.tab.patient"), patientPane);
        }
    }

    private void conferences() {
        conferencesPane.removeAll();
        var upcoming = conferences.upcoming(actor);
        if (upcoming.isEmpty()) {
            conferencesPane.add(empty());
        }
        for (ConferenceService.Upcoming u : upcoming) {
            Anchor a = new Anchor("handoffs/" + u.handoffId(), getTranslation("handoffs.conference-line", Dates.dateTime(u.startsAt(), getLocale()),
                    u.patientName(), u.place() == null ? u.videoLink() == null ? "" : u.videoLink() : u.place()));
            a.addClassName("handoff-card");
            conferencesPane.add(a);
        }
    }

    private void fill(Div pane, List<HandoffCard> cards) {
        pane.removeAll();
        if (cards.isEmpty()) {
            pane.add(empty());
        }
        cards.forEach(c -> pane.add(card(c)));
    }

    private Component card(HandoffCard c) {
        Span patient = new Span(c.patientName());
        patient.addClassName("patient-name");
        Div top = new Div(patient, Badge.of(getTranslation("handoff-kind." + c.kind()), Badge.Tone.INFO),
                Badge.of(getTranslation("handoff-status." + c.status()), tone(c.status())));
        top.addClassName("patient-card-top");
        if (c.late()) {
            top.add(Badge.of(getTranslation("handoffs.late"), Badge.Tone.DANGER));
        }
        Span route = new Span(getTranslation("handoffs.route", c.senderFacilityName(), c.recipientsSummary()));
        route.addClassName("patient-meta");
        Span due = new Span(getTranslation("handoffs.due", Dates.dateTime(c.dueAt(), getLocale())));
        due.addClassName(c.late() ? "handoff-due-late" : "patient-meta");
        Anchor card = new Anchor("handoffs/" + c.id(), "");
        card.add(top, route, due);
        card.addClassName("handoff-card");
        if (c.late()) {
            card.addClassName("late");
        }
        return card;
    }

    static Badge.Tone tone(HandoffStatus s) {
        return switch (s) {
            case DRAFT -> Badge.Tone.NEUTRAL;
            case SENT -> Badge.Tone.INFO;
            case COMPLETED -> Badge.Tone.SUCCESS;
            case CANCELLED -> Badge.Tone.WARNING;
        };
    }

    private Paragraph empty() {
        Paragraph p = new Paragraph(getTranslation("handoffs.empty"));
        p.addClassName("summary-none");
        return p;
    }

    private static Div list(String id) {
        Div d = new Div();
        d.addClassName("handoff-list");
        d.setId("handoffs-" + id);
        return d;
    }

    private static String count(List<?> list) {
        return list.isEmpty() ? "" : " (" + list.size() + ")";
    }

    private static @Nullable Long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handoffs.title") + " | " + getTranslation("app.name");
    }
}
