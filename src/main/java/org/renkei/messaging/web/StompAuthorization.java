package org.renkei.messaging.web;

import java.security.Principal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.renkei.messaging.ConversationAccess;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The door of the STOMP endpoint. CONNECT needs a member who passed both factors (the browser session of
 * the handshake). SUBSCRIBE is allowed to a conversation the member may read, to their own queues and to
 * the history replies; SEND only to conversations the member may read (the service then checks the right
 * to write). Anything else is refused with an ERROR frame.
 */
@Component
class StompAuthorization implements ChannelInterceptor {

    private static final Pattern TOPIC = Pattern.compile("^/topic/conversations\\.(\\d+)$");
    private static final Pattern APP = Pattern.compile("^/app/conversations\\.(\\d+)\\.(send|after\\.\\d+)$");
    private static final Pattern ACK = Pattern.compile("^/app/messages\\.(\\d+)\\.ack$");

    private final ConversationAccess access;
    private final StompSessions sessions;

    StompAuthorization(ConversationAccess access, @org.springframework.context.annotation.Lazy StompSessions sessions) {
        this.access = access;
        this.sessions = sessions;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        StompCommand command = stomp.getCommand();
        if (command == StompCommand.DISCONNECT || command == StompCommand.UNSUBSCRIBE) {
            return message;
        }
        Actor actor = actorOf(stomp.getUser());
        if (actor == null) {
            throw new MessageDeliveryException("not logged in: log in to the portal (both factors) or send a bearer token");
        }
        String destination = stomp.getDestination() == null ? "" : stomp.getDestination();
        switch (command) {
            case CONNECT, STOMP -> {
                return message;
            }
            case SUBSCRIBE -> {
                if (destination.startsWith("/user/queue/")) {
                    return message;
                }
                long conversation = conversationOf(destination, TOPIC, APP);
                requireReader(actor, conversation);
                if (TOPIC.matcher(destination).matches() && stomp.getSessionId() != null) {
                    sessions.subscribed(stomp.getSessionId(), conversation);
                }
                return message;
            }
            case SEND -> {
                Matcher ack = ACK.matcher(destination);
                if (ack.matches()) {
                    return message;
                }
                requireReader(actor, conversationOf(destination, APP, APP));
                return message;
            }
            default -> {
                return message;
            }
        }
    }

    private void requireReader(Actor actor, long conversation) {
        if (!access.mayRead(actor, conversation)) {
            throw new MessageDeliveryException("not a member of conversation " + conversation);
        }
    }

    private static long conversationOf(String destination, Pattern first, Pattern second) {
        for (Pattern p : new Pattern[] {first, second}) {
            Matcher m = p.matcher(destination);
            if (m.matches()) {
                return Long.parseLong(m.group(1));
            }
        }
        throw new MessageDeliveryException("destination not allowed: " + destination);
    }

    /** The member behind a STOMP session, if they passed both factors. */
    static @Nullable Actor actorOf(@Nullable Principal principal) {
        if (principal instanceof Authentication auth && auth.getPrincipal() instanceof Actor actor
                && auth.getAuthorities().stream().anyMatch(a -> Role.MEMBER.authority().equals(a.getAuthority()))) {
            return actor;
        }
        return null;
    }
}
