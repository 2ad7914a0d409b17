package org.renkei.messaging.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.annotation.support.SimpAnnotationMethodMessageHandler;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.simp.user.UserDestinationMessageHandler;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * A SUBSCRIBE that asks for a {@code receipt} gets its RECEIPT once the subscription is in place, so a client can
 * wait for it before it expects deliveries (STOMP 1.2; Spring's in-memory broker does not answer receipts itself,
 * RabbitMQ does in cluster mode). Sent after the handler that registers that kind of destination has handled the
 * frame: the broker for rooms, the user-destination handler for one's own queues (it registers with the broker
 * before it returns), the application for {@code /app} replies. A refused SUBSCRIBE gets its ERROR frame instead.
 */
@Component
class SubscribeReceipts implements ExecutorChannelInterceptor {

    private final MessageChannel outbound;
    private final ObjectProvider<SimpleBrokerMessageHandler> simpleBroker;

    SubscribeReceipts(@Lazy @Qualifier("clientOutboundChannel") MessageChannel outbound,
            ObjectProvider<SimpleBrokerMessageHandler> simpleBroker) {
        this.outbound = outbound;
        this.simpleBroker = simpleBroker;
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler, @Nullable Exception ex) {
        // every frame passes here once per handler: look at the type in the headers before building anything
        if (ex != null || SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) != SimpMessageType.SUBSCRIBE) {
            return;
        }
        StompHeaderAccessor stomp = StompHeaderAccessor.wrap(message);
        if (stomp.getCommand() != StompCommand.SUBSCRIBE || stomp.getReceipt() == null || stomp.getSessionId() == null) {
            return;
        }
        String destination = stomp.getDestination() == null ? "" : stomp.getDestination();
        boolean registered = destination.startsWith("/app/") ? handler instanceof SimpAnnotationMethodMessageHandler
                // with RabbitMQ (cluster mode) the broker itself answers the receipt of rooms and queues
                : simpleBroker.getIfAvailable() != null && (destination.startsWith("/user/")
                        ? handler instanceof UserDestinationMessageHandler : handler instanceof SimpleBrokerMessageHandler);
        if (registered) {
            StompHeaderAccessor receipt = StompHeaderAccessor.create(StompCommand.RECEIPT);
            receipt.setReceiptId(stomp.getReceipt());
            receipt.setSessionId(stomp.getSessionId());
            outbound.send(MessageBuilder.createMessage(new byte[0], receipt.getMessageHeaders()));
        }
    }
}
