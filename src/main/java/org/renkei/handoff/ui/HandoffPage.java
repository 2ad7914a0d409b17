package org.renkei.handoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.handoff.CarePlans;
import org.renkei.handoff.Conferences;
import org.renkei.handoff.DeclineReason;
import org.renkei.handoff.HandoffDocuments;
import org.renkei.handoff.HandoffAction;
import org.renkei.handoff.HandoffKind;
import org.renkei.handoff.HandoffDrafts;
import org.renkei.handoff.HandoffService;
import org.renkei.handoff.HandoffTimeline;
import org.renkei.handoff.HandoffStatus;
import org.renkei.handoff.HandoffView;
import org.renkei.handoff.RecipientStatus;
import org.renkei.handoff.RecipientView;
import org.renkei.handoff.TimelineEntry;
import org.renkei.platform.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
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

    final Div actions = new Div();
    final Div recipientsPane = new Div();
    final Div timelinePane = new Div();
    private final Div head = new Div();
    private final Div sheetPane = new Div();
    private final Div conferencePane = new Div();
    private final Div carePlanPane = new Div();
    private final Div carePlanSection;
    private final HandoffService handoffs;
    private final HandoffDrafts drafts;
    private final HandoffTimeline timelines;
    private final CarePlans carePlans;
    private final HandoffDocuments documents;
    private final Conferences conferences;
    private final DirectoryLookup directory;
    private final Actor actor;
    private @Nullable HandoffView view;

    HandoffPage(HandoffService handoffs, HandoffDrafts drafts, HandoffTimeline timelines, HandoffDocuments documents, Conferences conferences, CarePlans carePlans,
            DirectoryLookup directory, CurrentActor currentActor) {
        this.handoffs = handoffs;
        this.drafts = drafts;
        this.timelines = timelines;
        this.carePlans = carePlans;
        this.documents = documents;
        this.conferences = conferences;
        this.directory = directory;
        this.actor = currentActor.require();
        addClassName("page");
        addClassName("handoff-page");
        head.addClassName("patient-head");
        actions.addClassName("actions");
        actions.setId("handoff-actions");
        recipientsPane.setId("handoff-recipients");
        recipientsPane.addClassName("handoff-recipients");
        timelinePane.setId("handoff-timeline");
        timelinePane.addClassName("timeline");
        sheetPane.addClassName("handoff-sheet");
        carePlanSection = section("handoff.care-plan", carePlanPane);
        carePlanPane.setId("care-plan");
        carePlanPane.addClassName("actions");
        add(new Anchor("handoffs", getTranslation("handoffs.title")), head, actions, section("handoff.recipients", recipientsPane),
                conferencePane, section("handoff.timeline", timelinePane), carePlanSection, section("handoff.sheet", sheetPane));
    }

    private Div section(String titleKey, Component content) {
        Div d = new Div(new H3(getTranslation(titleKey)), content);
        d.addClassName("handoff-section");
        return d;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        view = handoffs.view(actor, id);
        render();
    }

    HandoffView view() {
        return Objects.requireNonNull(view);
    }

    void reload() {
        view = handoffs.view(actor, view().id());
        render();
    }

    private void render() {
        HandoffView h = view();
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
        actions();
        recipients();
        timeline();
        conferencePane.removeAll();
        if (h.kind() == HandoffKind.DISCHARGE && h.status() != HandoffStatus.DRAFT) {
            conferencePane.add(new ConferencePanel(conferences, actor, h, this::reload));
        }
        carePlan();
        sheetPane.removeAll();
        sheetPane.add(h.admission() != null ? SheetDisplay.admission(this, h.admission()) : SheetDisplay.discharge(this,
                Objects.requireNonNull(h.discharge())));
    }

    /** 入院時情報提供書: the care plan attached to it (download), and for the sender an upload while it is open. */
    private void carePlan() {
        HandoffView h = view();
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

    private void fact(Div details, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("details-label");
        details.add(label, new Span(value));
    }

    private void actions() {
        HandoffView h = view();
        actions.removeAll();
        // the buttons are what the handoff allows this member now: the page decides no rule itself
        if (h.allowed().contains(HandoffAction.EDIT)) {
            actions.add(button("handoff.edit", VaadinIcon.EDIT, "edit-handoff", false, () ->
                    getUI().ifPresent(ui -> ui.navigate(HandoffEditor.class, new RouteParameters("id", String.valueOf(h.id()))))));
        }
        if (h.allowed().contains(HandoffAction.SEND)) {
            actions.add(button("handoff.send", VaadinIcon.PAPERPLANE, "send-handoff", true, this::confirmSend));
        }
        if (h.allowed().contains(HandoffAction.ANSWER)) {
            for (Long recipientId : h.mineToAnswer()) {
                RecipientView r = h.recipients().stream().filter(x -> x.id() == recipientId).findFirst().orElseThrow();
                actions.add(button("handoff.accept", VaadinIcon.CHECK, "accept-" + recipientId, true, () -> confirmAccept(r)));
                actions.add(button("handoff.decline", VaadinIcon.CLOSE, "decline-" + recipientId, false, () -> declineDialog(r).open()));
            }
        }
        if (h.allowed().contains(HandoffAction.COMPLETE)) {
            actions.add(button("handoff.complete", VaadinIcon.FLAG_CHECKERED, "complete-handoff", false, () -> completeDialog().open()));
        }
        if (h.allowed().contains(HandoffAction.CANCEL)) {
            Button cancel = button("handoff.cancel", VaadinIcon.BAN, "cancel-handoff", false, () -> cancelDialog().open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        actions.add(download("handoff.pdf", VaadinIcon.FILE_TEXT_O, "download-pdf", () -> documents.pdf(actor, h.id())));
        if (h.kind() == HandoffKind.DISCHARGE) {
            actions.add(download("handoff.fhir", VaadinIcon.CODE, "download-fhir", () -> documents.fhir(actor, h.id())));
        }
        Anchor room = new Anchor("messages/patient/" + h.patientId(), "");
        room.add(VaadinIcon.CHAT.create(), new Span(getTranslation("handoff.room")));
        room.addClassName("button-link");
        room.setId("handoff-room");
        actions.add(room);
    }

    private Button button(String key, VaadinIcon icon, String id, boolean primary, Runnable action) {
        Button b = new Button(getTranslation(key), icon.create(), e -> action.run());
        b.setId(id);
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    private Anchor download(String key, VaadinIcon icon, String id, Supplier<HandoffDocuments.Document> document) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> {
            HandoffDocuments.Document d = document.get();
            return new DownloadResponse(new ByteArrayInputStream(d.content()), d.fileName(), d.contentType(), d.content().length);
        }), "");
        a.add(icon.create(), new Span(getTranslation(key)));
        a.addClassName("button-link");
        a.setId(id);
        return a;
    }

    private void recipients() {
        recipientsPane.removeAll();
        HandoffView h = view();
        for (RecipientView r : h.recipients()) {
            Div row = new Div();
            row.addClassName("recipient-row");
            Span name = new Span(r.facilityName());
            name.addClassName("recipient-name");
            Div top = new Div(name, Badge.of(getTranslation("team-role." + r.role()), Badge.Tone.NEUTRAL),
                    Badge.of(getTranslation("recipient-status." + r.status()), tone(r.status())));
            top.addClassName("badges");
            if (r.late()) {
                top.add(Badge.of(getTranslation("handoffs.late"), Badge.Tone.DANGER));
            }
            row.add(top);
            StringBuilder meta = new StringBuilder();
            if (r.receivedAt() != null) {
                meta.append(getTranslation("timeline.received")).append(" ").append(Dates.dateTime(r.receivedAt(), getLocale())).append(getTranslation("join.gap"));
            }
            if (r.answeredAt() != null) {
                meta.append(getTranslation("recipient-status." + r.status())).append(" ").append(Dates.dateTime(r.answeredAt(), getLocale()))
                        .append(r.answeredByName() == null ? "" : " " + r.answeredByName());
            }
            if (r.declineReason() != null) {
                String reason = getTranslation("decline-reason." + r.declineReason());
                meta.append(getTranslation("join.gap"))
                        .append(r.declineNote() == null ? reason : getTranslation("join.colon", reason, r.declineNote()));
            }
            if (!meta.isEmpty()) {
                Span m = new Span(meta.toString());
                m.addClassName("patient-meta");
                row.add(m);
            }
            if (h.allowed().contains(HandoffAction.REPLACE) && r.status() == RecipientStatus.DECLINED) {
                Button replace = button("handoff.replace", VaadinIcon.EXCHANGE, "replace-" + r.id(), false, () -> replaceDialog(r).open());
                replace.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(replace);
            }
            recipientsPane.add(row);
        }
    }

    private static Badge.Tone tone(RecipientStatus s) {
        return switch (s) {
            case ACCEPTED -> Badge.Tone.SUCCESS;
            case DECLINED -> Badge.Tone.DANGER;
            case SENT, RECEIVED -> Badge.Tone.INFO;
            case DRAFT, REPLACED -> Badge.Tone.NEUTRAL;
        };
    }

    private void timeline() {
        timelinePane.removeAll();
        for (TimelineEntry e : timelines.of(actor, view().id())) {
            Div item = new Div();
            item.addClassNames("timeline-item", "timeline-" + e.kind());
            Span when = new Span(Dates.dateTime(e.at(), getLocale()));
            when.addClassName("timeline-time");
            Span what = new Span(getTranslation("timeline." + e.kind()));
            what.addClassName("timeline-kind");
            Span who = new Span(e.facilityName() == null ? e.actorName() : getTranslation("join.paren", e.actorName(), e.facilityName()));
            who.addClassName("patient-meta");
            item.add(when, what, who);
            if (e.detail() != null && !e.kind().equals("sent")) {
                Span detail = new Span(detail(e));
                detail.addClassName("timeline-detail");
                item.add(detail);
            }
            timelinePane.add(item);
        }
    }

    private String detail(TimelineEntry e) {
        String d = Objects.requireNonNull(e.detail());
        if (e.kind().equals("declined")) {
            int colon = d.indexOf(": ");
            String code = colon < 0 ? d : d.substring(0, colon);
            try {
                String reason = getTranslation("decline-reason." + DeclineReason.valueOf(code));
                return colon < 0 ? reason : getTranslation("join.colon", reason, d.substring(colon + 2));
            } catch (IllegalArgumentException notACode) {
                return d;
            }
        }
        return d;
    }

    private void confirmSend() {
        HandoffView h = view();
        String to = String.join(getTranslation("join.list"), h.recipients().stream().map(RecipientView::facilityName).toList());
        ConfirmDialog d = new ConfirmDialog(getTranslation("handoff.send"), getTranslation("handoff.send-confirm", to),
                getTranslation("handoff.send"), e -> run("handoff.sent-done", () -> handoffs.send(actor, h.id())));
        d.setCancelable(true);
        d.setCancelText(getTranslation("action.cancel"));
        d.open();
    }

    private void confirmAccept(RecipientView r) {
        ConfirmDialog d = new ConfirmDialog(getTranslation("handoff.accept"),
                getTranslation("handoff.accept-confirm", getTranslation("team-role." + r.role())), getTranslation("handoff.accept"),
                e -> run("handoff.accepted-done", () -> handoffs.accept(actor, view().id(), r.id())));
        d.setCancelable(true);
        d.setCancelText(getTranslation("action.cancel"));
        d.setId("confirm-accept");
        d.open();
    }

    Dialog declineDialog(RecipientView r) {
        Dialog d = new Dialog(getTranslation("handoff.decline"));
        Select<DeclineReason> reason = new Select<>();
        reason.setLabel(getTranslation("handoff.decline-reason"));
        reason.setItems(DeclineReason.values());
        reason.setItemLabelGenerator(x -> x == null ? "" : getTranslation("decline-reason." + x));
        reason.setId("decline-reason");
        reason.setWidthFull();
        TextArea note = new TextArea(getTranslation("handoff.decline-note"));
        note.setWidthFull();
        note.setMaxLength(500);
        note.setId("decline-note");
        Button send = new Button(getTranslation("handoff.decline"), e -> {
            try {
                handoffs.decline(actor, view().id(), r.id(), reason.getValue(), note.getValue());
                d.close();
                Forms.success(getTranslation("handoff.declined-done"));
                reload();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("reason", reason, "note", note));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        send.setId("decline-send");
        d.add(new Div(reason, note));
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), send);
        d.setWidth("min(30rem, 95vw)");
        return d;
    }

    private Dialog replaceDialog(RecipientView r) {
        Dialog d = new Dialog(getTranslation("handoff.replace"));
        ComboBox<FacilityRef> facility = new ComboBox<>(getTranslation("handoff.recipient"));
        facility.setItems(q -> directory.findFacilities(q.getFilter().orElse("")).stream()
                .filter(f -> f.type() == r.facilityType()).skip(q.getOffset()).limit(q.getLimit()));
        facility.setItemLabelGenerator(FacilityRef::name);
        facility.setWidthFull();
        Button send = new Button(getTranslation("handoff.send"), e -> {
            if (facility.getValue() == null) {
                facility.setErrorMessage(getTranslation("validation.NotNull"));
                facility.setInvalid(true);
                return;
            }
            d.close();
            run("handoff.replaced-done", () -> drafts.replace(actor, view().id(), r.id(), facility.getValue().id()));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(facility);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), send);
        d.setWidth("min(30rem, 95vw)");
        return d;
    }

    private Dialog completeDialog() {
        HandoffView h = view();
        Dialog d = new Dialog(getTranslation("handoff.complete"));
        DatePicker firstVisit = new DatePicker(getTranslation("handoff.first-visit"));
        firstVisit.setValue(LocalDate.now(TimeConfiguration.TOKYO));
        firstVisit.setId("first-visit");
        Paragraph what = new Paragraph(getTranslation(h.kind() == HandoffKind.DISCHARGE ? "handoff.complete-discharge" : "handoff.complete-admission"));
        d.add(what);
        if (h.kind() == HandoffKind.DISCHARGE) {
            d.add(firstVisit);
        }
        Button done = new Button(getTranslation("handoff.complete"), e -> {
            try {
                handoffs.complete(actor, h.id(), h.kind() == HandoffKind.DISCHARGE ? firstVisit.getValue() : null);
                d.close();
                Forms.success(getTranslation("handoff.completed-done"));
                reload();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("firstVisit", firstVisit));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("complete-send");
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), done);
        return d;
    }

    private Dialog cancelDialog() {
        Dialog d = new Dialog(getTranslation("handoff.cancel"));
        TextField reason = new TextField(getTranslation("handoff.cancel-reason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setId("cancel-reason");
        Button done = new Button(getTranslation("handoff.cancel"), e -> {
            try {
                handoffs.cancel(actor, view().id(), reason.getValue());
                d.close();
                Forms.success(getTranslation("handoff.cancelled-done"));
                reload();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("reason", reason));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        d.add(new Paragraph(getTranslation("handoff.cancel-confirm")), reason);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), done);
        d.setWidth("min(30rem, 95vw)");
        return d;
    }

    private void run(String doneKey, Runnable action) {
        try {
            action.run();
            Forms.success(getTranslation(doneKey));
            reload();
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return (view == null ? getTranslation("handoffs.title") : getTranslation("handoff-kind." + view.kind()) + " " + view.patientName())
                + " | " + getTranslation("app.name");
    }
}
