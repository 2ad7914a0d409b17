package org.renkei.messaging.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.renkei.messaging.LiveFeed;
import org.renkei.platform.PortalProperties;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.stereotype.Component;

/**
 * What an operator watches of the live connections (Prometheus, on the management port): members connected, the
 * inbound queue and the frames refused when it was full, and how long a stored message takes from its commit to being
 * written to each subscriber's socket.
 */
@Component
class StompMetrics {

    private final Counter busy;
    private final Timer delivery;
    private final Timer inboundWait;
    private final Timer inboundHandling;
    private final AtomicReference<@Nullable ThreadPoolExecutor> inbound = new AtomicReference<>();

    private final String node;

    StompMetrics(MeterRegistry registry, StompSessions sessions, PortalProperties portal) {
        this.node = String.valueOf(portal.nodeId());
        Gauge.builder("renkei.stomp.connected", sessions, StompSessions::authenticated)
                .description("members and programs connected over STOMP and authenticated").register(registry);
        Gauge.builder("renkei.stomp.sockets", sessions, StompSessions::open)
                .description("open STOMP sockets, authenticated or not").register(registry);
        Gauge.builder("renkei.stomp.inbound.queue", inbound, q -> q.get() == null ? 0 : q.get().getQueue().size())
                .description("client frames waiting for an inbound thread").register(registry);
        busy = Counter.builder("renkei.stomp.busy").description("client frames refused because the inbound queue was full")
                .register(registry);
        delivery = Timer.builder("renkei.message.delivery")
                .description("from a message's commit to its frame written to a subscriber's socket (this node's messages)")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        inboundWait = Timer.builder("renkei.stomp.inbound.wait")
                .description("from a client's frame read off its socket to an inbound thread taking it (the queue's wait)")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        inboundHandling = Timer.builder("renkei.stomp.inbound.handling")
                .description("an inbound thread's work on a client's frame (a post: checking, storing, committing)")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    /**
     * Around each inbound task (a client's frame): how long it waited in the queue, measured from its submission on the
     * socket's thread, and how long its handling took.
     */
    Runnable timed(Runnable task) {
        long submitted = System.nanoTime();
        return () -> {
            long started = System.nanoTime();
            inboundWait.record(started - submitted, TimeUnit.NANOSECONDS);
            try {
                task.run();
            } finally {
                inboundHandling.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        };
    }

    void inbound(ThreadPoolExecutor pool) {
        inbound.set(pool);
    }

    void refused() {
        busy.increment();
    }

    /** On the outbound channel: once a message frame has been handled (written), the time since its commit. */
    ExecutorChannelInterceptor deliveryTimer() {
        return new ExecutorChannelInterceptor() {
            @Override
            public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler,
                    @Nullable Exception ex) {
                if (ex != null) {
                    return;
                }
                StompHeaderAccessor stomp = StompHeaderAccessor.wrap(message);
                String committed = stomp.getFirstNativeHeader(LiveFeed.COMMITTED);
                // another node's clock means nothing here (cluster mode): only this node's messages are timed
                if (committed != null && node.equals(stomp.getFirstNativeHeader(LiveFeed.ORIGIN))) {
                    try {
                        delivery.record(System.nanoTime() - Long.parseLong(committed), TimeUnit.NANOSECONDS);
                    } catch (NumberFormatException ignored) {
                        // not ours
                    }
                }
            }
        };
    }
}
