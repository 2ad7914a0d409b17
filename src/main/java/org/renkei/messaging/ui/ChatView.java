package org.renkei.messaging.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.messaging.ChatMessage;
import org.renkei.messaging.Conversation;
import org.renkei.messaging.ConversationAccess;
import org.renkei.messaging.ConversationEvent;
import org.renkei.messaging.ConversationKind;
import org.renkei.messaging.ConversationService;
import org.renkei.messaging.LiveFeed;
import org.renkei.messaging.MessageService;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * A conversation: its messages in a list that fetches what scrolls into view (older history as you
 * scroll up), live through push; the input with importance and an attachment; 「確認しました」 for
 * important posts, and for their author who confirmed and who has not.
 */
@Route("messages/:id")
@RolesAllowed("MEMBER")
class ChatView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final VirtualList<ChatMessage> list = new VirtualList<>();
    final Composer composer;
    private final H2 title = new H2();
    private final MessageService messages;
    private final ConversationService conversations;
    private final ConversationAccess access;
    private final LiveFeed live;
    private final Actor actor;
    private final MessageBubble bubbles;
    private @Nullable Conversation conversation;
    private long lastSeq;
    private @Nullable Runnable stopListening;
    private CallbackDataProvider<ChatMessage, Void> data;

    ChatView(MessageService messages, ConversationService conversations, ConversationAccess access, LiveFeed live, CurrentActor currentActor) {
        this.messages = messages;
        this.conversations = conversations;
        this.access = access;
        this.live = live;
        this.actor = currentActor.require();
        addClassName("chat");
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        bubbles = new MessageBubble(this, messages, actor, m -> data.refreshItem(m));
        list.setRenderer(new ComponentRenderer<>(bubbles::render));
        list.setSizeFull();
        list.addClassName("chat-list");
        composer = new Composer(messages, actor, () -> conversation().id());

        Anchor back = new Anchor("messages", "←");
        back.addClassName("chat-back");
        Div head = new Div(back, title);
        head.addClassName("chat-head");
        add(head, list, composer.pendingAttachment, composer);
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
        composer.allowPosting(mayPost);
    }

    private List<ChatMessage> fetch(int offset, int limit) {
        long from = offset + 1L;
        long to = Math.min(lastSeq, offset + (long) limit);
        if (from > to) {
            return List.of();
        }
        List<ChatMessage> page = messages.range(actor, conversation().id(), from, to);
        bubbles.confirmed(messages.myAcks(actor, conversation().id(), from, to));
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

    @Override
    public String getPageTitle() {
        return title.getText() + " | " + getTranslation("app.name");
    }
}
