package org.renkei.messaging.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.renkei.kit.Forms;
import org.renkei.messaging.AttachmentInfo;
import org.renkei.messaging.ChatMessage;
import org.renkei.messaging.Importance;
import org.renkei.messaging.MessageService;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * How one message reads in the list: author, time, importance, text or attachment; 「確認しました」 for an important
 * post of someone else's, and for one's own the confirmations, edit, delete and history.
 */
final class MessageBubble {

    private final Component view;
    private final MessageService messages;
    private final Actor actor;
    private final MessageDialogs dialogs;
    private final Consumer<ChatMessage> refresh;
    /** The messages the viewer has confirmed, among those fetched so far. */
    private final Set<Long> myAcks = new HashSet<>();

    MessageBubble(Component view, MessageService messages, Actor actor, Consumer<ChatMessage> refresh) {
        this.view = view;
        this.messages = messages;
        this.actor = actor;
        this.dialogs = new MessageDialogs(view, messages, actor);
        this.refresh = refresh;
    }

    void confirmed(Collection<Long> messageIds) {
        myAcks.addAll(messageIds);
    }

    Component render(ChatMessage m) {
        boolean mine = m.authorId() == actor.memberId();
        Span author = new Span(m.authorName());
        author.addClassName("bubble-author");
        Span time = new Span(Dates.shortDateTime(m.createdAt(), UI.getCurrent().getLocale()));
        time.addClassName("bubble-time");
        Div head = new Div(author, time);
        head.addClassName("bubble-head");
        if (m.importance() != Importance.NORMAL) {
            head.add(Badge.of(t("importance." + m.importance()),
                    m.importance() == Importance.URGENT ? Badge.Tone.DANGER : Badge.Tone.WARNING));
        }
        Div bubble = new Div(head);
        bubble.addClassNames("bubble", mine ? "mine" : "theirs");
        bubble.getElement().setAttribute("data-seq", String.valueOf(m.seq()));
        if (m.deleted()) {
            Paragraph gone = new Paragraph(t("messages.deleted"));
            gone.addClassName("bubble-deleted");
            bubble.add(gone);
        } else {
            if (!m.body().isEmpty()) {
                Paragraph text = new Paragraph(m.body());
                text.addClassName("bubble-text");
                bubble.add(text);
            }
            if (m.attachment() != null) {
                bubble.add(attachment(m.attachment()));
            }
            if (m.editedAt() != null) {
                Span edited = new Span(t("messages.edited"));
                edited.addClassName("bubble-edited");
                bubble.add(edited);
            }
        }
        Div foot = foot(m, mine);
        if (foot.getChildren().findAny().isPresent()) {
            bubble.add(foot);
        }
        Div row = new Div(bubble);
        row.addClassNames("bubble-row", mine ? "mine" : "theirs");
        return row;
    }

    private Div foot(ChatMessage m, boolean mine) {
        Div foot = new Div();
        foot.addClassName("bubble-foot");
        if (!m.deleted() && m.importance() != Importance.NORMAL) {
            if (mine) {
                Button status = new Button(t("messages.acks", m.acks()), e -> dialogs.acks(m).open());
                status.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                status.addClassName("ack-status");
                foot.add(status);
            } else if (myAcks.contains(m.id())) {
                Span done = new Span("✓ " + t("messages.acked"));
                done.addClassName("ack-done");
                foot.add(done);
            } else {
                Button ack = new Button(t("messages.ack"), e -> {
                    try {
                        messages.ack(actor, m.id());
                        myAcks.add(m.id());
                        refresh.accept(m);
                    } catch (RenkeiException ex) {
                        Forms.error(view, ex);
                    }
                });
                ack.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                ack.addClassName("ack-button");
                foot.add(ack);
            }
        }
        if (mine && !m.deleted()) {
            Button edit = new Button(t("messages.edit"), e -> dialogs.edit(m).open());
            Button delete = new Button(t("messages.delete"), e -> {
                try {
                    messages.delete(actor, m.id());
                } catch (RenkeiException ex) {
                    Forms.error(view, ex);
                }
            });
            for (Button b : new Button[] {edit, delete}) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            }
            foot.add(edit, delete);
        }
        if (mine && (m.editedAt() != null || m.deleted())) {
            Button history = new Button(t("messages.history"), e -> dialogs.history(m).open());
            history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            foot.add(history);
        }
        return foot;
    }

    private Component attachment(AttachmentInfo a) {
        DownloadHandler handler = DownloadHandler.fromInputStream(e -> {
            MessageService.Download d = messages.attachment(actor, a.id());
            return new DownloadResponse(new ByteArrayInputStream(d.content()), d.info().fileName(), d.info().contentType(),
                    d.content().length);
        });
        if (a.image()) {
            Image image = new Image(handler, a.fileName());
            image.addClassName("bubble-image");
            return image;
        }
        Anchor link = new Anchor(handler, "");
        link.add(VaadinIcon.FILE_TEXT_O.create(), new Span(t("messages.attachment-size", a.fileName(),
                String.valueOf(Math.max(1, a.size() / 1024)))));
        link.addClassName("button-link");
        return link;
    }

    private String t(String key, Object... parameters) {
        return view.getTranslation(key, parameters);
    }
}
