package org.renkei.messaging.web;

import java.security.Principal;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.renkei.messaging.ConversationAccess;
import org.renkei.security.Actor;
import org.renkei.security.ApiScope;
import org.renkei.security.BearerTokens;
import org.renkei.security.Role;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The door of the STOMP endpoint. CONNECT needs a member who passed both factors (the browser session of
 * the handshake) or a bearer token in its Authorization header, as on {@code /api/**}. SUBSCRIBE is allowed to a conversation the member may read, to their own queues and to
 * the history replies; SEND only to conversations the member may read (the service then checks the right
 * to write). Anything else is refused with an ERROR frame.
 */
@Component
class StompAuthorization implements ChannelInterceptor {

    private static final String API_CLIENT = "ROLE_API_CLIENT";
    private static final Pattern TOPIC = Pattern.compile("^/topic/conversations\\.(\\d+)$");
    private static final Pattern APP = Pattern.compile("^/app/conversations\\.(\\d+)\\.(send|after\\.\\d+)$");
    private static final Pattern SUMMARY = Pattern.compile("^/app/patients\\.(\\d+)\\.summary$");
    private static final Pattern USER_QUEUE = Pattern.compile("^/user/queue/(acks|errors)$");
    private static final Pattern ACK = Pattern.compile("^/app/messages\\.(\\d+)\\.ack$");

    private final ConversationAccess access;
    private final StompSessions sessions;
    private final BearerTokens tokens;

    StompAuthorization(ConversationAccess access, @Lazy StompSessions sessions,
            BearerTokens tokens) {
        this.access = access;
        this.sessions = sessions;
        this.tokens = tokens;
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
        if ((command == StompCommand.CONNECT || command == StompCommand.STOMP) && bearer(stomp) != null) {
            Authentication program;
            try {
                program = tokens.authenticate(Objects.requireNonNull(bearer(stomp)));
            } catch (AuthenticationException e) {
                throw new MessageDeliveryException("bearer token refused: " + e.getMessage());
            }
            stomp.setUser(program);
            if (stomp.getSessionId() != null) {
                // the connection is the program's member's from now on: closed when the client is revoked, its facility
                // suspended, and when the token expires
                sessions.connected(stomp.getSessionId(), program, BearerTokens.expiresAt(program));
            }
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
                if (SUMMARY.matcher(destination).matches()) {
                    // the patient service decides (and logs) the read; a program needs patients.read
                    requireScope(stomp.getUser(), ApiScope.PATIENTS_READ);
                    return message;
                }
                requireScope(stomp.getUser(), ApiScope.MESSAGES_READ);
                if (USER_QUEUE.matcher(destination).matches()) {
                    // with RabbitMQ (cluster mode) a session's own queue goes away with the session
                    stomp.setNativeHeader("durable", "false");
                    stomp.setNativeHeader("auto-delete", "true");
                    return message;
                }
                long conversation = conversationOf(destination, TOPIC, APP);
                // one decision: whether the member may read the room, and until when (break-glass: the grant's end)
                Instant until = access.readableUntil(actor, conversation);
                if (until == null) {
                    throw new MessageDeliveryException("not a member of conversation " + conversation);
                }
                if (TOPIC.matcher(destination).matches() && stomp.getSessionId() != null) {
                    sessions.subscribed(stomp.getSessionId(), conversation);
                    if (!until.equals(Instant.MAX)) {
                        // the live feed ends with the grant
                        sessions.closeAt(stomp.getSessionId(), until, StompSessions.ACCESS_CHANGED);
                    }
                }
                return message;
            }
            case SEND -> {
                requireScope(stomp.getUser(), destination.contains(".after.") ? ApiScope.MESSAGES_READ : ApiScope.MESSAGES_WRITE);
                Matcher ack = ACK.matcher(destination);
                if (ack.matches()) {
                    return message;
                }
                long conversation = conversationOf(destination, APP, APP);
                // a connection that subscribed to the room passed this check then, and is closed when its access
                // changes: no second look-up per post (the service still checks the right to write)
                if (stomp.getSessionId() == null || !sessions.hasSubscribed(stomp.getSessionId(), conversation)) {
                    requireReader(actor, conversation);
                }
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

    /** The member behind a STOMP session: one who passed both factors, or a program with a bearer token. */
    static @Nullable Actor actorOf(@Nullable Principal principal) {
        if (principal instanceof Authentication auth && auth.getPrincipal() instanceof Actor actor
                && auth.getAuthorities().stream().anyMatch(a -> Role.MEMBER.authority().equals(a.getAuthority())
                        || API_CLIENT.equals(a.getAuthority()))) {
            return actor;
        }
        return null;
    }

    /** A program may only do what its token's scopes allow; a member in a browser session may do it all. */
    private static void requireScope(@Nullable Principal principal, ApiScope scope) {
        if (principal instanceof Authentication auth && auth.getAuthorities().stream().anyMatch(a -> API_CLIENT.equals(a.getAuthority()))
                && auth.getAuthorities().stream().noneMatch(a -> scope.authority().equals(a.getAuthority()))) {
            throw new MessageDeliveryException("the token lacks the scope " + scope.scope());
        }
    }

    private static @Nullable String bearer(StompHeaderAccessor stomp) {
        String header = stomp.getFirstNativeHeader("Authorization");
        if (header == null) {
            header = stomp.getFirstNativeHeader("authorization");
        }
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
    }
}
