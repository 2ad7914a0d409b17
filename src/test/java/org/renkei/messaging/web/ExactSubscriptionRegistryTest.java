package org.renkei.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;

class ExactSubscriptionRegistryTest {

    private final ExactSubscriptionRegistry registry = new ExactSubscriptionRegistry();

    @Test
    void findsTheSubscribersOfADestinationAndForgetsThemWhenTheyGo() {
        registry.registerSubscription(subscribe("s1", "a", "/topic/conversations.1"));
        registry.registerSubscription(subscribe("s2", "b", "/topic/conversations.1"));
        registry.registerSubscription(subscribe("s2", "c", "/queue/acks-users2"));

        assertThat(registry.findSubscriptions(message("/topic/conversations.1")))
                .containsOnlyKeys("s1", "s2").containsEntry("s1", List.of("a")).containsEntry("s2", List.of("b"));
        assertThat(registry.findSubscriptions(message("/topic/conversations.2"))).isEmpty();
        // exact destinations only: no pattern matching
        assertThat(registry.findSubscriptions(message("/topic/conversations.10"))).isEmpty();

        registry.unregisterSubscription(unsubscribe("s1", "a"));
        assertThat(registry.findSubscriptions(message("/topic/conversations.1"))).containsOnlyKeys("s2");

        registry.unregisterAllSubscriptions("s2");
        assertThat(registry.findSubscriptions(message("/topic/conversations.1"))).isEmpty();
        assertThat(registry.findSubscriptions(message("/queue/acks-users2"))).isEmpty();
        assertThat(registry.destinations()).as("nothing left behind").isZero();
    }

    @Test
    void aResultAlreadyHandedOutDoesNotChangeUnderTheDelivery() {
        registry.registerSubscription(subscribe("s1", "a", "/topic/conversations.1"));
        var during = registry.findSubscriptions(message("/topic/conversations.1"));
        registry.registerSubscription(subscribe("s2", "b", "/topic/conversations.1"));
        registry.unregisterAllSubscriptions("s1");
        assertThat(during).containsOnlyKeys("s1");
        assertThat(registry.findSubscriptions(message("/topic/conversations.1"))).containsOnlyKeys("s2");
    }

    @Test
    void theSameSubscriptionIdAgainMovesIt() {
        registry.registerSubscription(subscribe("s1", "a", "/topic/conversations.1"));
        registry.registerSubscription(subscribe("s1", "a", "/topic/conversations.2"));
        assertThat(registry.findSubscriptions(message("/topic/conversations.1"))).isEmpty();
        assertThat(registry.findSubscriptions(message("/topic/conversations.2"))).containsOnlyKeys("s1");
        assertThat(registry.destinations()).isEqualTo(1);
    }

    private static Message<byte[]> subscribe(String session, String id, String destination) {
        SimpMessageHeaderAccessor h = SimpMessageHeaderAccessor.create(SimpMessageType.SUBSCRIBE);
        h.setSessionId(session);
        h.setSubscriptionId(id);
        h.setDestination(destination);
        return MessageBuilder.createMessage(new byte[0], h.getMessageHeaders());
    }

    private static Message<byte[]> unsubscribe(String session, String id) {
        SimpMessageHeaderAccessor h = SimpMessageHeaderAccessor.create(SimpMessageType.UNSUBSCRIBE);
        h.setSessionId(session);
        h.setSubscriptionId(id);
        return MessageBuilder.createMessage(new byte[0], h.getMessageHeaders());
    }

    private static Message<byte[]> message(String destination) {
        SimpMessageHeaderAccessor h = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        h.setDestination(destination);
        return MessageBuilder.createMessage(new byte[0], h.getMessageHeaders());
    }
}
