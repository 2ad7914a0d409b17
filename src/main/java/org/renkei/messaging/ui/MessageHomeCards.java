package org.renkei.messaging.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.BiFunction;
import org.renkei.messaging.ConversationService;
import org.renkei.messaging.ConversationSummary;
import org.renkei.security.Actor;
import org.renkei.shell.HomeCard;

/** The home page's message card: unread messages in my conversations. */
@org.springframework.stereotype.Component
class MessageHomeCards implements HomeCard {

    private final ConversationService conversations;

    MessageHomeCards(ConversationService conversations) {
        this.conversations = conversations;
    }

    @Override
    public List<Component> cards(Actor actor, BiFunction<String, Object[], String> t) {
        long unread = conversations.mine(actor, 200).stream().mapToLong(ConversationSummary::unread).sum();
        return List.of(HomeCard.card(String.valueOf(unread), t.apply("home.unread-messages", new Object[0]), "messages", unread > 0));
    }
}
