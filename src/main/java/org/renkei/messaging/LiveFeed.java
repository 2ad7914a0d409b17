package org.renkei.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.renkei.platform.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Live delivery of committed changes: to STOMP subscribers of {@code /topic/conversations.<id>} through
 * the broker, and to the Vaadin pages open on the conversation. Nothing is delivered before its
 * transaction commits, so nobody sees a message that could still be rolled back. Delivery only hands
 * the event over (to the broker's outbound queue, to each page's push queue); it never waits for a reader.
 */
@Component
public class LiveFeed {

    /** The STOMP destination of a conversation. */
    public static String topic(long conversationId) {
        return "/topic/conversations." + conversationId;
    }

    /** The STOMP header naming the node an event was published on (in cluster mode, other nodes pass it to their pages). */
    public static final String ORIGIN = "renkei-origin";
    /** The STOMP header with the {@link System#nanoTime()} of the commit, for the delivery latency this node measures. */
    public static final String COMMITTED = "renkei-committed";

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

    private final SimpMessagingTemplate broker;
    private final String node;
    private final Map<Long, Set<Consumer<ConversationEvent>>> pages = new ConcurrentHashMap<>();
    private final Counter stored;

    LiveFeed(SimpMessagingTemplate broker, PortalProperties portal, MeterRegistry registry) {
        this.broker = broker;
        this.stored = Counter.builder("renkei.messages.stored").description("messages stored (committed) on this node")
                .register(registry);
        this.node = Objects.requireNonNull(portal.nodeId());
    }

    /** This node's name in {@link #ORIGIN}. */
    String node() {
        return node;
    }

    /** Delivers the event once the current transaction commits (at once when there is none). */
    void afterCommit(ConversationEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(event);
                }
            });
        } else {
            deliver(event);
        }
    }

    void deliver(ConversationEvent event) {
        if ("message".equals(event.type())) {
            stored.increment();
        }
        try {
            broker.convertAndSend(topic(event.conversationId()), event, Map.of(ORIGIN, node, COMMITTED, String.valueOf(System.nanoTime())));
        } catch (RuntimeException e) {
            log.warn("Live delivery of conversation {} #{} to the broker failed: {}", event.conversationId(), event.seq(),
                    e.getMessage());
        }
        deliverToPages(event);
    }

    /**
     * To the pages open on this node only: for an event published on another node (cluster mode), which the
     * broker already delivered to STOMP subscribers.
     */
    void deliverToPages(ConversationEvent event) {
        Set<Consumer<ConversationEvent>> listeners = pages.get(event.conversationId());
        if (listeners != null) {
            listeners.forEach(l -> l.accept(event));
        }
    }

    /** A page listens to a conversation until it calls {@link Runnable#run()} on what this returns. */
    public Runnable listen(long conversationId, Consumer<ConversationEvent> listener) {
        pages.computeIfAbsent(conversationId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> pages.computeIfPresent(conversationId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }
}
