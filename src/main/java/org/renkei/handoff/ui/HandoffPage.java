package org.renkei.handoff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.handoff.CarePlanService;
import org.renkei.handoff.ConferenceService;
import org.renkei.handoff.HandoffAction;
import org.renkei.handoff.HandoffDetails;
import org.renkei.handoff.HandoffDocumentService;
import org.renkei.handoff.HandoffDraftService;
import org.renkei.handoff.HandoffKind;
import org.renkei.handoff.HandoffService;
import org.renkei.handoff.HandoffStatus;
import org.renkei.handoff.LetterDocumentService;
import org.renkei.handoff.HandoffTimeline;
import org.renkei.kit.Forms;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * One handoff: where it stands, for whom it waits, what the viewer may do now (send, accept, decline, replace,
 * complete, cancel), the sheet, the discharge conference, the timeline and the documents. Opening it as a
 * recipient marks it received; opening is logged.
 */
@Route("handoffs/:id")
@RolesAllowed("MEMBER")
class HandoffPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final HandoffActions actions;
    final RecipientsPanel recipientsPane;
    final TimelinePanel timelinePane;
    private final Div head = new Div();
    private final Div sheetPane = new Div();
    private final Div conferencePane = new Div();
    private final Div carePlanPane = new Div();
    private final Div carePlanSection;
    private final Div letterPane = new Div();
    private final Div letterSection;
    private final LetterDocumentService letters;
    private final HandoffService handoffs;
    private final CarePlanService carePlans;
    private final ConferenceService conferences;
    private final Actor actor;
    private @Nullable HandoffDetails view;

    HandoffPage(HandoffService handoffs, HandoffDraftService drafts, HandoffTimeline timelines, HandoffDocumentService documents, ConferenceService conferences, CarePlanService carePlans,
            LetterDocumentService letters, DirectoryLookup directory, CurrentActor currentActor) {
        this.letters = letters;
        this.handoffs = handoffs;
        this.carePlans = carePlans;
        this.conferences = conferences;
        this.actor = currentActor.require();
        this.actions = new HandoffActions(handoffs, documents, actor, this::reload);
        this.recipientsPane = new RecipientsPanel(drafts, directory, actor, actions);
        this.timelinePane = new TimelinePanel(timelines, actor);
        addClassName("page");
        addClassName("handoff-page");
        head.addClassName("patient-head");
        sheetPane.addClassName("handoff-sheet");
        carePlanSection = org.renkei.kit.Parts.titled(this, "handoff.care-plan", carePlanPane);
        carePlanPane.setId("care-plan");
        carePlanPane.addClassName("actions");
        letterSection = org.renkei.kit.Parts.titled(this, "handoff.letter-documents", letterPane);
        letterPane.setId("letter-documents");
        letterPane.addClassName("actions");
        add(new Anchor("handoffs", getTranslation("handoffs.title")), head, actions, org.renkei.kit.Parts.titled(this, "handoff.recipients", recipientsPane),
                conferencePane, org.renkei.kit.Parts.titled(this, "handoff.timeline", timelinePane), carePlanSection, letterSection,
                org.renkei.kit.Parts.titled(this, "handoff.sheet", sheetPane));
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        view = handoffs.view(actor, id);
        render();
    }

    HandoffDetails view() {
        return Objects.requireNonNull(view);
    }

    void reload() {
        view = handoffs.view(actor, view().id());
        render();
    }

    private void render() {
        HandoffDetails h = view();
        head.removeAll();
        H2 title = new H2(getTranslation("handoff-kind." + h.kind()));
        Anchor patient = new Anchor("patients/" + h.patientId(), h.patientName());
        patient.addClassName("patient-name");
        Div badges = new Div(Badge.of(getTranslation("handoff-status." + h.status()), HandoffsView.tone(h.status())));
        badges.addClassName("badges");
        badges.setId("handoff-status");
        if (h.late()) {
            badges.add(Badge.of(getTranslation("handoffs.late"), Badge.Tone.DANGER));
        }
        Div facts = new Div();
        facts.addClassName("details");
        fact(facts, "handoff.sender", getTranslation("join.paren", h.senderFacilityName(), h.createdByName()));
        fact(facts, h.kind() == HandoffKind.ADMISSION ? "sheet.admissionDate" : "sheet.plannedDischargeDate", Dates.date(h.eventDate(), getLocale()));
        fact(facts, "handoff.due-at", Dates.dateTime(h.dueAt(), getLocale()));
        if (h.sentAt() != null) {
            fact(facts, "handoff.sent-at", Dates.dateTime(h.sentAt(), getLocale()));
        }
        if (h.completedAt() != null) {
            fact(facts, "handoff.completed-at", Dates.dateTime(h.completedAt(), getLocale()));
        }
        if (h.dischargedOn() != null) {
            fact(facts, "handoff.discharged-on", Dates.date(h.dischargedOn(), getLocale()));
        }
        if (h.firstVisitOn() != null) {
            fact(facts, "handoff.first-visit", Dates.date(h.firstVisitOn(), getLocale()));
        }
        if (h.cancelReason() != null) {
            fact(facts, "handoff.cancel-reason", h.cancelReason());
        }
        head.add(new Div(title, patient), badges, facts);
        if (!h.mineToAnswer().isEmpty()) {
            Paragraph waiting = new Paragraph(getTranslation("handoff.you-answer"));
            waiting.addClassName("emergency-banner");
            head.add(waiting);
        }
        actions.show(h);
        recipientsPane.show(h);
        timelinePane.show(h.id());
        conferencePane.removeAll();
        if (h.kind() == HandoffKind.DISCHARGE && h.status() != HandoffStatus.DRAFT) {
            conferencePane.add(new ConferencePanel(conferences, actor, h, this::reload));
        }
        carePlan();
        letterDocuments();
        sheetPane.removeAll();
        sheetPane.add(h.admission() != null ? SheetDisplay.admission(this, h.admission()) : SheetDisplay.discharge(this,
                Objects.requireNonNull(h.discharge())));
    }

    /** 入院時情報提供書: the care plan attached to it (download), and for the sender an upload while it is open. */
    private void carePlan() {
        HandoffDetails h = view();
        carePlanPane.removeAll();
        carePlanSection.setVisible(h.kind() == HandoffKind.ADMISSION);
        if (h.kind() != HandoffKind.ADMISSION) {
            return;
        }
        String name = h.carePlanName();
        if (name == null) {
            carePlanPane.add(new Span(getTranslation("handoff.care-plan.none")));
        } else {
            Anchor file = Attachments.download(name, () -> carePlans.read(actor, h.id()));
            file.setId("download-care-plan");
            carePlanPane.add(file);
        }
        if (h.allowed().contains(HandoffAction.ATTACH_CARE_PLAN)) {
            carePlanPane.add(Attachments.upload(this, getTranslation("handoff.attach-care-plan"), (fileName, bytes) -> {
                try {
                    carePlans.attach(actor, h.id(), fileName, bytes);
                    reload();
                } catch (RenkeiException e) {
                    Forms.error(this, e);
                }
            }));
        }
    }

    /** The documents a received 診療情報提供書 carried (a PDF of the clinical course, images), each to download. */
    private void letterDocuments() {
        HandoffDetails h = view();
        letterPane.removeAll();
        List<LetterDocumentService.LetterDocument> docs = letters.list(actor, h.id());
        letterSection.setVisible(!docs.isEmpty());
        for (LetterDocumentService.LetterDocument d : docs) {
            Anchor file = Attachments.download(d.title(), () -> letters.read(actor, h.id(), d.id()));
            file.setId("letter-document-" + d.id());
            letterPane.add(file);
        }
    }

    private void fact(Div details, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("details-label");
        details.add(label, new Span(value));
    }

    @Override
    public String getPageTitle() {
        return (view == null ? getTranslation("handoffs.title") : getTranslation("handoff-kind." + view.kind()) + " " + view.patientName())
                + " | " + getTranslation("app.name");
    }
}
