package org.renkei.messaging.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.renkei.kit.Forms;
import org.renkei.messaging.AckStatus;
import org.renkei.messaging.ChatMessage;
import org.renkei.messaging.MessageService;
import org.renkei.messaging.Revision;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.shell.Dates;

/** The dialogs behind a message of one's own: who has confirmed it, editing it, and its earlier versions. */
final class MessageDialogs {

    private final Component view;
    private final MessageService messages;
    private final Actor actor;

    MessageDialogs(Component view, MessageService messages, Actor actor) {
        this.view = view;
        this.messages = messages;
        this.actor = actor;
    }

    /** 確認状況: who has confirmed an important message and when, and who has not yet. */
    Dialog acks(ChatMessage m) {
        AckStatus status = messages.ackStatus(actor, m.id());
        Dialog d = new Dialog(t("messages.ack-status"));
        Div confirmed = new Div(new Span(t("messages.confirmed", status.confirmed().size())));
        status.confirmed().forEach(c -> confirmed.add(new Paragraph("✓ " + t("join.paren", c.name(),
                Dates.shortDateTime(c.at(), UI.getCurrent().getLocale())))));
        Div pending = new Div(new Span(t("messages.pending", status.pending().size())));
        status.pending().forEach(name -> pending.add(new Paragraph("… " + name)));
        d.add(confirmed, pending);
        d.getFooter().add(new Button(t("action.close"), e -> d.close()));
        return d;
    }

    Dialog edit(ChatMessage m) {
        Dialog d = new Dialog(t("messages.edit"));
        TextArea text = new TextArea();
        text.setValue(m.body());
        text.setWidth("min(30rem, 80vw)");
        Button save = new Button(t("action.save"), e -> {
            try {
                messages.edit(actor, m.id(), text.getValue());
                d.close();
            } catch (RenkeiException ex) {
                Forms.error(view, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new Paragraph(t("messages.edit-note")), text);
        d.getFooter().add(new Button(t("action.cancel"), e -> d.close()), save);
        return d;
    }

    /** The versions a message had before it was edited or deleted. */
    Dialog history(ChatMessage m) {
        Dialog d = new Dialog(t("messages.history"));
        for (Revision r : messages.revisions(actor, m.id())) {
            d.add(new Paragraph(Dates.shortDateTime(r.at(), UI.getCurrent().getLocale()) + " — " + r.body()));
        }
        d.getFooter().add(new Button(t("action.close"), e -> d.close()));
        return d;
    }

    private String t(String key, Object... parameters) {
        return view.getTranslation(key, parameters);
    }
}
