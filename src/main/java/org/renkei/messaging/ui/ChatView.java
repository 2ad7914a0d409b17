package org.renkei.messaging.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.renkei.messaging.AckStatus;
import org.renkei.messaging.AttachmentInfo;
import org.renkei.messaging.ChatMessage;
import org.renkei.messaging.Conversation;
import org.renkei.messaging.ConversationAccess;
import org.renkei.messaging.ConversationEvent;
import org.renkei.messaging.ConversationKind;
import org.renkei.messaging.Conversations;
import org.renkei.messaging.Importance;
import org.renkei.messaging.LiveFeed;
import org.renkei.messaging.Messages;
import org.renkei.messaging.NewMessage;
import org.renkei.messaging.Revision;
import org.renkei.platform.Forms;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * A conversation: its messages in a list that fetches what scrolls into view (older history as you
 * scroll up), live through push; the input with importance and an attachment; 「確認しました」 for
 * important posts, and for their author who confirmed and who has not.
 */
@Route("messages/:id")
@RolesAllowed("MEMBER")
class ChatView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final VirtualList<ChatMessage> list = new VirtualList<>();
    final MessageInput input = new MessageInput();
    final Select<Importance> importance = new Select<>();
    final Upload upload = new Upload();
    final Span pendingAttachment = new Span();
    private final H2 title = new H2();
    private final Messages messages;
    private final Conversations conversations;
    private final ConversationAccess access;
    private final LiveFeed live;
    private final Actor actor;
    private @Nullable Conversation conversation;
    private @Nullable AttachmentInfo attachment;
    private long lastSeq;
    private final Set<Long> myAcks = new HashSet<>();
    private @Nullable Runnable stopListening;
    private CallbackDataProvider<ChatMessage, Void> data;

    ChatView(Messages messages, Conversations conversations, ConversationAccess access, LiveFeed live, CurrentActor currentActor) {
        this.messages = messages;
        this.conversations = conversations;
        this.access = access;
        this.live = live;
        this.actor = currentActor.require();
        addClassName("chat");
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        list.setRenderer(new ComponentRenderer<>(this::bubble));
        list.setSizeFull();
        list.addClassName("chat-list");

        importance.setItems(Importance.values());
        importance.setItemLabelGenerator(i -> getTranslation("importance." + i));
        importance.setValue(Importance.NORMAL);
        importance.setAriaLabel(getTranslation("messages.importance"));
        importance.addClassName("chat-importance");
        input.setI18n(new com.vaadin.flow.component.messages.MessageInputI18n().setMessage(getTranslation("messages.input")).setSend(getTranslation("messages.send")));
        input.setWidthFull();
        input.addSubmitListener(e -> post(e.getValue()));
        upload.setUploadHandler(new AttachmentUpload(Messages.MAX_ATTACHMENT_BYTES,
                getTranslation("form.too-large", Messages.MAX_ATTACHMENT_BYTES / (1024 * 1024)), (fileName, bytes) -> {
                    try {
                        attachment = messages.attach(actor, conversation().id(), fileName, bytes);
                        pendingAttachment.setText("📎 " + attachment.fileName());
                    } catch (RenkeiException e) {
                        Forms.error(this, e);
                    }
                    upload.clearFileList();
                }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Messages.MAX_ATTACHMENT_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf", ".jpg", ".jpeg",
                ".png", ".gif", ".webp", ".pdf");
        upload.setDropAllowed(false);
        Button attach = new Button(VaadinIcon.PAPERCLIP.create());
        attach.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        attach.setAriaLabel(getTranslation("messages.attach"));
        upload.setUploadButton(attach);
        upload.addFileRejectedListener(e -> Forms.error(this, e.getErrorMessage()));
        upload.addClassName("chat-upload");

        Anchor back = new Anchor("messages", "←");
        back.addClassName("chat-back");
        Div head = new Div(back, title);
        head.addClassName("chat-head");
        Div bar = new Div(importance, upload, input);
        bar.addClassName("chat-input");
        add(head, list, pendingAttachment, bar);
        data = DataProvider.fromCallbacks(q -> fetch(q.getOffset(), q.getLimit()).stream(), q -> (int) lastSeq);
    }

    private Conversation conversation() {
        return Objects.requireNonNull(conversation);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        conversation = messages.open(actor, id);
        lastSeq = conversation.lastSeq();
        title.setText(conversations.title(actor, conversation));
        data = new CallbackDataProvider<>(q -> fetch(q.getOffset(), q.getLimit()).stream(), q -> (int) lastSeq, ChatMessage::seq);
        list.setDataProvider(data);
        list.scrollToEnd();
        messages.markRead(actor, id, lastSeq);
        boolean mayPost = conversation.kind() != ConversationKind.PATIENT
                || conversations.patientWritable(actor, conversation);
        input.setEnabled(mayPost);
        upload.setVisible(mayPost);
        importance.setVisible(mayPost);
    }

    private List<ChatMessage> fetch(int offset, int limit) {
        long from = offset + 1L;
        long to = Math.min(lastSeq, offset + (long) limit);
        if (from > to) {
            return List.of();
        }
        List<ChatMessage> page = messages.range(actor, conversation().id(), from, to);
        myAcks.addAll(messages.myAcks(actor, conversation().id(), from, to));
        return page;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        long id = conversation == null ? -1 : conversation.id();
        stopListening = live.listen(id, e -> {
            if (!access.members(id).contains(actor.memberId())) {
                return;
            }
            ui.access(() -> apply(e));
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (stopListening != null) {
            stopListening.run();
        }
    }

    void apply(ConversationEvent e) {
        switch (e.type()) {
            case "message" -> {
                if (e.seq() > lastSeq) {
                    lastSeq = e.seq();
                    data.refreshAll();
                    list.scrollToEnd();
                    messages.markRead(actor, conversation().id(), lastSeq);
                }
            }
            default -> {
                if (e.message() != null) {
                    data.refreshItem(e.message());
                }
            }
        }
    }

    void post(String text) {
        try {
            messages.post(actor, conversation().id(), new NewMessage(UUID.randomUUID().toString(), text,
                    importance.getValue(), attachment == null ? null : attachment.id()));
            attachment = null;
            pendingAttachment.setText("");
            importance.setValue(Importance.NORMAL);
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
    }

    private Component bubble(ChatMessage m) {
        boolean mine = m.authorId() == actor.memberId();
        Span author = new Span(m.authorName());
        author.addClassName("bubble-author");
        Span time = new Span(Dates.shortDateTime(m.createdAt(), getLocale()));
        time.addClassName("bubble-time");
        Div head = new Div(author, time);
        head.addClassName("bubble-head");
        if (m.importance() != Importance.NORMAL) {
            head.add(Badge.of(getTranslation("importance." + m.importance()),
                    m.importance() == Importance.URGENT ? Badge.Tone.DANGER : Badge.Tone.WARNING));
        }
        Div bubble = new Div(head);
        bubble.addClassNames("bubble", mine ? "mine" : "theirs");
        bubble.getElement().setAttribute("data-seq", String.valueOf(m.seq()));
        if (m.deleted()) {
            Paragraph gone = new Paragraph(getTranslation("messages.deleted"));
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
                Span edited = new Span(getTranslation("messages.edited"));
                edited.addClassName("bubble-edited");
                bubble.add(edited);
            }
        }
        Div foot = new Div();
        foot.addClassName("bubble-foot");
        if (!m.deleted() && m.importance() != Importance.NORMAL) {
            if (mine) {
                Button status = new Button(getTranslation("messages.acks", m.acks()), e -> ackDialog(m).open());
                status.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                status.addClassName("ack-status");
                foot.add(status);
            } else if (myAcks.contains(m.id())) {
                Span done = new Span("✓ " + getTranslation("messages.acked"));
                done.addClassName("ack-done");
                foot.add(done);
            } else {
                Button ack = new Button(getTranslation("messages.ack"), e -> {
                    try {
                        messages.ack(actor, m.id());
                        myAcks.add(m.id());
                        data.refreshItem(m);
                    } catch (RenkeiException ex) {
                        Forms.error(this, ex);
                    }
                });
                ack.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                ack.addClassName("ack-button");
                foot.add(ack);
            }
        }
        if (mine && !m.deleted()) {
            Button edit = new Button(getTranslation("messages.edit"), e -> editDialog(m).open());
            Button delete = new Button(getTranslation("messages.delete"), e -> {
                try {
                    messages.delete(actor, m.id());
                } catch (RenkeiException ex) {
                    Forms.error(this, ex);
                }
            });
            for (Button b : new Button[] {edit, delete}) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            }
            foot.add(edit, delete);
        }
        if (mine && (m.editedAt() != null || m.deleted())) {
            Button history = new Button(getTranslation("messages.history"), e -> historyDialog(m).open());
            history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            foot.add(history);
        }
        if (foot.getChildren().findAny().isPresent()) {
            bubble.add(foot);
        }
        Div row = new Div(bubble);
        row.addClassNames("bubble-row", mine ? "mine" : "theirs");
        return row;
    }

    private Component attachment(AttachmentInfo a) {
        DownloadHandler handler = DownloadHandler.fromInputStream(e -> {
            Messages.Download d = messages.attachment(actor, a.id());
            return new DownloadResponse(new ByteArrayInputStream(d.content()), d.info().fileName(), d.info().contentType(),
                    d.content().length);
        });
        if (a.image()) {
            Image image = new Image(handler, a.fileName());
            image.addClassName("bubble-image");
            return image;
        }
        Anchor link = new Anchor(handler, "");
        link.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("messages.attachment-size", a.fileName(), String.valueOf(Math.max(1, a.size() / 1024)))));
        link.addClassName("button-link");
        return link;
    }

    private Dialog ackDialog(ChatMessage m) {
        AckStatus status = messages.ackStatus(actor, m.id());
        Dialog d = new Dialog(getTranslation("messages.ack-status"));
        Div confirmed = new Div(new Span(getTranslation("messages.confirmed", status.confirmed().size())));
        status.confirmed().forEach(c -> confirmed.add(new Paragraph("✓ " + getTranslation("join.paren", c.name(), Dates.shortDateTime(c.at(), getLocale())))));
        Div pending = new Div(new Span(getTranslation("messages.pending", status.pending().size())));
        status.pending().forEach(name -> pending.add(new Paragraph("… " + name)));
        d.add(confirmed, pending);
        d.getFooter().add(new Button(getTranslation("action.close"), e -> d.close()));
        return d;
    }

    private Dialog editDialog(ChatMessage m) {
        Dialog d = new Dialog(getTranslation("messages.edit"));
        TextArea text = new TextArea();
        text.setValue(m.body());
        text.setWidth("min(30rem, 80vw)");
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                messages.edit(actor, m.id(), text.getValue());
                d.close();
            } catch (RenkeiException ex) {
                Forms.error(this, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new Paragraph(getTranslation("messages.edit-note")), text);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        return d;
    }

    private Dialog historyDialog(ChatMessage m) {
        Dialog d = new Dialog(getTranslation("messages.history"));
        for (Revision r : messages.revisions(actor, m.id())) {
            d.add(new Paragraph(Dates.shortDateTime(r.at(), getLocale()) + " — " + r.body()));
        }
        d.getFooter().add(new Button(getTranslation("action.close"), e -> d.close()));
        return d;
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " | " + getTranslation("app.name");
    }
}
