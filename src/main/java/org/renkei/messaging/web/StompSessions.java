package org.renkei.messaging.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.renkei.messaging.ConversationAccess;
import org.renkei.patient.TeamChanged;
import org.renkei.security.Actor;
import org.renkei.security.SessionsEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/**
 * The open WebSocket connections of each member on this node. A subscription was allowed when it was
 * made; when a member loses access (suspended, detached, off a patient's team) their connections are
 * closed, so that what they subscribe to again is checked again.
 */
@Component
class StompSessions {

    private static final Logger log = LoggerFactory.getLogger(StompSessions.class);
    /** 4403: the client should reconnect; what it may subscribe to has changed. */
    static final CloseStatus ACCESS_CHANGED = new CloseStatus(4403, "access changed");

    private final Map<Long, Set<WebSocketSession>> byMember = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final Map<String, Set<Long>> subscribedRooms = new ConcurrentHashMap<>();
    /** The other way round: room → connections subscribed to it, so a change of a room's team visits only those. */
    private final Map<Long, Set<WebSocketSession>> sessionsByRoom = new ConcurrentHashMap<>();
    private final Map<String, WebSocketSession> byId = new ConcurrentHashMap<>();
    private final ConversationAccess access;
    private final org.renkei.messaging.internal.MessageStore store;

    StompSessions(ConversationAccess access, org.renkei.messaging.internal.MessageStore store) {
        this.access = access;
        this.store = store;
    }

    /** Remembers that a connection subscribed to a conversation (to re-check it when the conversation's members change). */
    void subscribed(String sessionId, long conversationId) {
        subscribedRooms.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(conversationId);
        WebSocketSession session = byId.get(sessionId);
        if (session != null) {
            sessionsByRoom.computeIfAbsent(conversationId, id -> ConcurrentHashMap.newKeySet()).add(session);
            if (!byId.containsKey(sessionId)) {
                // closed meanwhile (frames of one connection are handled in parallel): leave nothing behind
                sessionsByRoom.computeIfPresent(conversationId, (id, set) -> {
                    set.remove(session);
                    return set.isEmpty() ? null : set;
                });
            }
        }
    }

    /** Whether the connection subscribed to the conversation (its access was checked then, and is re-checked when it changes). */
    boolean hasSubscribed(String sessionId, long conversationId) {
        Set<Long> rooms = subscribedRooms.get(sessionId);
        return rooms != null && rooms.contains(conversationId);
    }

    WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                open.incrementAndGet();
                byId.put(session.getId(), session);
                Long member = memberOf(session.getPrincipal());
                if (member != null) {
                    byMember.computeIfAbsent(member, id -> ConcurrentHashMap.newKeySet()).add(session);
                }
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                open.decrementAndGet();
                byId.remove(session.getId());
                Set<Long> rooms = subscribedRooms.remove(session.getId());
                if (rooms != null) {
                    for (long room : rooms) {
                        sessionsByRoom.computeIfPresent(room, (id, set) -> {
                            set.remove(session);
                            return set.isEmpty() ? null : set;
                        });
                    }
                }
                Long member = memberOf(session.getPrincipal());
                if (member != null) {
                    byMember.computeIfPresent(member, (id, set) -> {
                        set.remove(session);
                        return set.isEmpty() ? null : set;
                    });
                }
                super.afterConnectionClosed(session, status);
            }
        };
    }

    /** The WebSocket connections open on this node now. */
    int open() {
        return open.get();
    }

    /** A member's connection once authenticated on CONNECT (bearer tokens authenticate there, not at the handshake). */
    void connected(WebSocketSession session, long memberId) {
        byMember.computeIfAbsent(memberId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    int close(long memberId) {
        Set<WebSocketSession> sessions = byMember.remove(memberId);
        if (sessions == null) {
            return 0;
        }
        for (WebSocketSession s : sessions) {
            try {
                s.close(ACCESS_CHANGED);
            } catch (IOException e) {
                log.debug("Closing WebSocket {} of member {}: {}", s.getId(), memberId, e.getMessage());
            }
        }
        return sessions.size();
    }

    @EventListener
    void on(SessionsEnded event) {
        close(event.memberId());
    }

    /** After a patient's team changed, connections subscribed to its room whose member may no longer read it are closed. */
    @EventListener
    @org.springframework.core.annotation.Order(10)
    void on(org.renkei.messaging.RoomAccessChanged event) {
        store.conversation(event.conversationId()).ifPresent(room -> {
            for (WebSocketSession session : Set.copyOf(sessionsByRoom.getOrDefault(room.id(), Set.of()))) {
                Actor actor = StompAuthorization.actorOf(session.getPrincipal());
                if (actor != null && !access.mayRead(actor, room.id())) {
                    try {
                        session.close(ACCESS_CHANGED);
                    } catch (IOException e) {
                        log.debug("Closing WebSocket {}: {}", session.getId(), e.getMessage());
                    }
                }
            }
        });
    }

    private static Long memberOf(Principal principal) {
        Actor actor = StompAuthorization.actorOf(principal);
        return actor == null ? null : actor.memberId();
    }
}
