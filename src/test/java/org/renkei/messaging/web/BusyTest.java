package org.renkei.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renkei.platform.Translations;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Past a full inbound queue a frame is refused at once, with a reason the client can act on. */
class BusyTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final ThreadPoolTaskExecutor pool = StompConfiguration.pool("busy-test-", 1, 1);
    private final List<Message<?>> toClients = new CopyOnWriteArrayList<>();
    private final StompConfiguration.Busy busy;
    private final java.util.concurrent.atomic.AtomicInteger refusals = new java.util.concurrent.atomic.AtomicInteger();

    BusyTest() {
        SimpMessagingTemplate broker = new SimpMessagingTemplate((message, timeout) -> toClients.add(message));
        ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
        texts.setBasename("messages");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
        busy = new StompConfiguration.Busy(pool, new StaticListableBeanFactory(Map.of("broker", broker))
                .getBeanProvider(SimpMessagingTemplate.class), new Translations(texts), refusals::incrementAndGet);
    }

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdown();
    }

    @Test
    void framesPassWhileTheQueueHasRoom() {
        Message<?> send = frame(StompCommand.SEND);
        assertThat(busy.preSend(send, null)).isSameAs(send);
        assertThat(toClients).isEmpty();
    }

    @Test
    void aSendFindingTheQueueFullIsAnsweredBusyAndTheConnectionStays() {
        fill();
        assertThat(busy.preSend(frame(StompCommand.SEND), null)).as("dropped, not run on the caller's thread").isNull();
        assertThat(toClients).hasSize(1);
        assertThat(refusals).as("counted for the operators' metrics").hasValue(1);
        Message<?> problem = toClients.getFirst();
        assertThat(problem.getHeaders().get("simpDestination")).isEqualTo("/user/nurse-1/queue/errors");
        ChatController.Problem body = (ChatController.Problem) problem.getPayload();
        assertThat(body.status()).isEqualTo(503);
        assertThat(body.type()).endsWith("/message.node-busy");
        assertThat(body.detail()).contains("混み合って");
        assertThat(body.title()).contains("busy");
        assertThat(body.destination()).isEqualTo("/app/conversations.7.send");
        // DISCONNECT is never refused: a member can always leave
        Message<?> disconnect = frame(StompCommand.DISCONNECT);
        assertThat(busy.preSend(disconnect, null)).isSameAs(disconnect);
    }

    @Test
    void aConnectFindingTheQueueFullGetsAnError() {
        fill();
        assertThatThrownBy(() -> busy.preSend(frame(StompCommand.CONNECT), null))
                .isInstanceOf(MessageDeliveryException.class).hasMessageContaining("busy");
    }

    private void fill() {
        pool.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        pool.execute(() -> { });
    }

    private static Message<byte[]> frame(StompCommand command) {
        StompHeaderAccessor h = StompHeaderAccessor.create(command);
        h.setSessionId("s1");
        h.setDestination("/app/conversations.7.send");
        Principal user = () -> "nurse-1";
        h.setUser(user);
        h.setLeaveMutable(true);
        return MessageBuilder.createMessage(new byte[0], h.getMessageHeaders());
    }
}
