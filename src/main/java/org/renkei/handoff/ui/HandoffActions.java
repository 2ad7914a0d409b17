package org.renkei.handoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.renkei.handoff.DeclineReason;
import org.renkei.handoff.HandoffAction;
import org.renkei.handoff.HandoffDetails;
import org.renkei.handoff.HandoffDocumentService;
import org.renkei.handoff.HandoffKind;
import org.renkei.handoff.HandoffService;
import org.renkei.handoff.RecipientDetails;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;

/**
 * What the viewer may do with a handoff now, as buttons (edit, send, accept, decline, complete, cancel) and the
 * dialogs behind them, with its documents and its patient's room. The buttons are what the handoff allows this
 * member: the page decides no rule itself.
 */
final class HandoffActions extends Div {

    private final HandoffService handoffs;
    private final HandoffDocumentService documents;
    private final Actor actor;
    private final Runnable reload;

    HandoffActions(HandoffService handoffs, HandoffDocumentService documents, Actor actor, Runnable reload) {
        this.handoffs = handoffs;
        this.documents = documents;
        this.actor = actor;
        this.reload = reload;
        addClassName("actions");
        setId("handoff-actions");
    }

    void show(HandoffDetails h) {
        removeAll();
        if (h.allowed().contains(HandoffAction.EDIT)) {
            add(button(this, "handoff.edit", VaadinIcon.EDIT, "edit-handoff", false, () ->
                    getUI().ifPresent(ui -> ui.navigate(HandoffEditor.class, new RouteParameters("id", String.valueOf(h.id()))))));
        }
        if (h.allowed().contains(HandoffAction.SEND)) {
            add(button(this, "handoff.send", VaadinIcon.PAPERPLANE, "send-handoff", true, () -> confirmSend(h)));
        }
        if (h.allowed().contains(HandoffAction.ANSWER)) {
            for (Long recipientId : h.mineToAnswer()) {
                RecipientDetails r = h.recipients().stream().filter(x -> x.id() == recipientId).findFirst().orElseThrow();
                add(button(this, "handoff.accept", VaadinIcon.CHECK, "accept-" + recipientId, true, () -> confirmAccept(h, r)));
                add(button(this, "handoff.decline", VaadinIcon.CLOSE, "decline-" + recipientId, false, () -> declineDialog(h, r).open()));
            }
        }
        if (h.allowed().contains(HandoffAction.COMPLETE)) {
            add(button(this, "handoff.complete", VaadinIcon.FLAG_CHECKERED, "complete-handoff", false, () -> completeDialog(h).open()));
        }
        if (h.allowed().contains(HandoffAction.CANCEL)) {
            Button cancel = button(this, "handoff.cancel", VaadinIcon.BAN, "cancel-handoff", false, () -> cancelDialog(h).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(cancel);
        }
        add(download("handoff.pdf", VaadinIcon.FILE_TEXT_O, "download-pdf", () -> documents.pdf(actor, h.id())));
        if (h.kind() == HandoffKind.DISCHARGE) {
            add(download("handoff.fhir", VaadinIcon.CODE, "download-fhir", () -> documents.fhir(actor, h.id())));
        }
        Anchor room = new Anchor("messages/patient/" + h.patientId(), "");
        room.add(VaadinIcon.CHAT.create(), new Span(getTranslation("handoff.room")));
        room.addClassName("button-link");
        room.setId("handoff-room");
        add(room);
    }

    static Button button(Component owner, String key, VaadinIcon icon, String id, boolean primary, Runnable action) {
        Button b = new Button(owner.getTranslation(key), icon.create(), e -> action.run());
        b.setId(id);
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    /** Does it, says so and shows the handoff as it is now; or shows why not. */
    void run(String doneKey, Runnable action) {
        try {
            action.run();
            Forms.success(getTranslation(doneKey));
            reload.run();
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
    }

    private Anchor download(String key, VaadinIcon icon, String id, Supplier<HandoffDocumentService.Document> document) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> {
            HandoffDocumentService.Document d = document.get();
            return new DownloadResponse(new ByteArrayInputStream(d.content()), d.fileName(), d.contentType(), d.content().length);
        }), "");
        a.add(icon.create(), new Span(getTranslation(key)));
        a.addClassName("button-link");
        a.setId(id);
        return a;
    }

    private void confirmSend(HandoffDetails h) {
        String to = String.join(getTranslation("join.list"), h.recipients().stream().map(RecipientDetails::facilityName).toList());
        ConfirmDialog d = new ConfirmDialog(getTranslation("handoff.send"), getTranslation("handoff.send-confirm", to),
                getTranslation("handoff.send"), e -> run("handoff.sent-done", () -> handoffs.send(actor, h.id())));
        d.setCancelable(true);
        d.setCancelText(getTranslation("action.cancel"));
        d.open();
    }

    private void confirmAccept(HandoffDetails h, RecipientDetails r) {
        ConfirmDialog d = new ConfirmDialog(getTranslation("handoff.accept"),
                getTranslation("handoff.accept-confirm", getTranslation("team-role." + r.role())), getTranslation("handoff.accept"),
                e -> run("handoff.accepted-done", () -> handoffs.accept(actor, h.id(), r.id())));
        d.setCancelable(true);
        d.setCancelText(getTranslation("action.cancel"));
        d.setId("confirm-accept");
        d.open();
    }

    private Dialog declineDialog(HandoffDetails h, RecipientDetails r) {
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
                handoffs.decline(actor, h.id(), r.id(), reason.getValue(), note.getValue());
                d.close();
                Forms.success(getTranslation("handoff.declined-done"));
                reload.run();
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

    private Dialog completeDialog(HandoffDetails h) {
        Dialog d = new Dialog(getTranslation("handoff.complete"));
        DatePicker firstVisit = new DatePicker(getTranslation("handoff.first-visit"));
        firstVisit.setValue(LocalDate.now(TimeConfiguration.TOKYO));
        firstVisit.setId("first-visit");
        Paragraph what = new Paragraph(getTranslation(h.kind() == HandoffKind.DISCHARGE ? "handoff.complete-discharge" : "handoff.complete-admission"));
        d.add(what);
        DatePicker discharged = new DatePicker(getTranslation("handoff.discharged-on"));
        discharged.setValue(h.eventDate());
        discharged.setId("discharged-on");
        discharged.setHelperText(getTranslation("handoff.discharged-on-help"));
        if (h.kind() == HandoffKind.DISCHARGE) {
            d.add(new FormLayout(discharged, firstVisit));
        }
        Button done = new Button(getTranslation("handoff.complete"), e -> {
            try {
                boolean discharge = h.kind() == HandoffKind.DISCHARGE;
                handoffs.complete(actor, h.id(), discharge ? firstVisit.getValue() : null, discharge ? discharged.getValue() : null);
                d.close();
                Forms.success(getTranslation("handoff.completed-done"));
                reload.run();
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("firstVisit", firstVisit, "dischargedOn", discharged));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("complete-send");
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), done);
        return d;
    }

    private Dialog cancelDialog(HandoffDetails h) {
        Dialog d = new Dialog(getTranslation("handoff.cancel"));
        TextField reason = new TextField(getTranslation("handoff.cancel-reason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setId("cancel-reason");
        Button done = new Button(getTranslation("handoff.cancel"), e -> {
            try {
                handoffs.cancel(actor, h.id(), reason.getValue());
                d.close();
                Forms.success(getTranslation("handoff.cancelled-done"));
                reload.run();
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
}
