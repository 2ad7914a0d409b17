package org.renkei.messaging;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.renkei.messaging.web.StompProperties;
import org.renkei.security.SessionsEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.ReactorNettyTcpStompClient;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * This node's own connection to RabbitMQ (the STOMP plugin the broker relay uses), for what the relay alone
 * does not carry:
 * <ul>
 *   <li>conversation events published on other nodes, handed to the pages open here (STOMP subscribers get
 *       them from the relay already);</li>
 *   <li>ended sessions ({@link SessionsEnded}) and changed room access ({@link RoomAccessChanged}), replayed
 *       here as local events, so a member removed on one node loses access on all.</li>
 * </ul>
 * Reconnects on its own, every few seconds, when RabbitMQ goes away. A notice replayed here is not told back (it is
 * published on the replaying thread, which {@code replaying} marks). Part of messaging: the cluster mode is how
 * messaging reaches every node, not a module of its own (decisions.md 1).
 */
@Component
@ConditionalOnProperty("renkei.stomp.relay.enabled")
class ClusterBus implements SmartLifecycle {

    static final String CONVERSATIONS = "/topic/conversations.*";
    static final String EVENTS = "/topic/renkei.cluster-events";

    /** What nodes tell each other. */
    record Notice(String type, String origin, long id) {}

    private static final Logger log = LoggerFactory.getLogger(ClusterBus.class);

    private final LiveFeed feed;
    private final ApplicationEventPublisher events;
    private final ReactorNettyTcpStompClient client;
    private final StompHeaders connectHeaders = new StompHeaders();
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final AtomicBoolean running = new AtomicBoolean();
    private final ThreadLocal<Boolean> replaying = ThreadLocal.withInitial(() -> false);
    private volatile @Nullable StompSession session;

    ClusterBus(LiveFeed feed, ApplicationEventPublisher events, StompProperties stomp) {
        StompProperties.Relay relay = stomp.relay();
        this.feed = feed;
        this.events = events;
        this.client = new ReactorNettyTcpStompClient(relay.host(), relay.port());
        this.client.setMessageConverter(new JacksonJsonMessageConverter());
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("cluster-bus-");
        scheduler.initialize();
        this.client.setTaskScheduler(scheduler);
        this.client.setDefaultHeartbeat(new long[] {10_000, 10_000});
        connectHeaders.setLogin(relay.login());
        connectHeaders.setPasscode(relay.passcode());
        connectHeaders.setHost(relay.virtualHost());
    }

    @Override
    public void start() {
        running.set(true);
        connect();
    }

    @Override
    public void stop() {
        running.set(false);
        StompSession s = session;
        if (s != null && s.isConnected()) {
            s.disconnect();
        }
        scheduler.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    /** Whether the node is connected to the others (for tests and health). */
    boolean connected() {
        StompSession s = session;
        return s != null && s.isConnected();
    }

    private void connect() {
        if (!running.get()) {
            return;
        }
        client.connectAsync(connectHeaders, new StompSessionHandlerAdapter() {
            @Override
            public void afterConnected(StompSession s, StompHeaders headers) {
                session = s;
                s.subscribe(CONVERSATIONS, frames(ConversationEvent.class, (h, event) -> {
                    if (!feed.node().equals(h.getFirst(LiveFeed.ORIGIN))) {
                        feed.deliverToPages(event);
                    }
                }));
                s.subscribe(EVENTS, frames(Notice.class, (h, notice) -> {
                    if (!feed.node().equals(notice.origin())) {
                        replay(notice);
                    }
                }));
                log.info("Cluster bus connected to RabbitMQ as node {}", feed.node());
            }

            @Override
            public void handleException(StompSession s, @Nullable StompCommand command, StompHeaders headers, byte[] payload,
                    Throwable exception) {
                log.warn("Cluster bus could not handle a frame: {}", exception.getMessage());
            }

            @Override
            public void handleTransportError(StompSession s, Throwable exception) {
                log.warn("Cluster bus lost RabbitMQ ({}); reconnecting", exception.getMessage());
                session = null;
                scheduler.schedule(ClusterBus.this::connect, Instant.now().plus(Duration.ofSeconds(3)));
            }
        }).whenComplete((s, e) -> {
            if (e != null) {
                log.warn("Cluster bus cannot reach RabbitMQ ({}); retrying", e.getMessage());
                scheduler.schedule(this::connect, Instant.now().plus(Duration.ofSeconds(3)));
            }
        });
    }

    private <T> StompFrameHandler frames(Class<T> type, BiConsumer<StompHeaders, T> handler) {
        return new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return type;
            }

            @Override
            public void handleFrame(StompHeaders headers, @Nullable Object payload) {
                if (type.isInstance(payload)) {
                    try {
                        handler.accept(headers, type.cast(payload));
                    } catch (RuntimeException e) {
                        log.warn("Cluster bus: handling a {} failed: {}", type.getSimpleName(), e.getMessage());
                    }
                }
            }
        };
    }

    private void replay(Notice notice) {
        replaying.set(true);
        try {
            switch (notice.type()) {
                case "sessions-ended" -> events.publishEvent(new SessionsEnded(notice.id()));
                case "room-access" -> events.publishEvent(new RoomAccessChanged(notice.id()));
                default -> log.debug("Cluster bus: unknown notice {}", notice.type());
            }
        } finally {
            replaying.set(false);
        }
    }

    @EventListener
    void on(SessionsEnded event) {
        if (!replaying.get()) {
            tell(new Notice("sessions-ended", feed.node(), event.memberId()));
        }
    }

    @EventListener
    void on(RoomAccessChanged event) {
        if (!replaying.get()) {
            tell(new Notice("room-access", feed.node(), event.conversationId()));
        }
    }

    private void tell(Notice notice) {
        StompSession s = session;
        if (s == null || !s.isConnected()) {
            log.warn("Cluster bus not connected: other nodes miss a {} notice", notice.type());
            return;
        }
        s.send(EVENTS, notice);
    }

}
