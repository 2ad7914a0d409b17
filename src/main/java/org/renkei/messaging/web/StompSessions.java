package org.renkei.messaging.web;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.renkei.messaging.ConversationAccess;
import org.renkei.messaging.RoomAccessChanged;
import org.renkei.messaging.internal.MessageStore;
import org.renkei.security.Actor;
import org.renkei.security.SessionsEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/**
 * The open WebSocket connections on this node, and who holds each: a member's browser session (known at the
 * handshake) or a program's bearer token (known at CONNECT). A subscription was allowed when it was made;
 * when its holder loses access (suspended, detached, client revoked, facility suspended, off a patient's
 * team, token expired, break-glass hour over) the connection is closed, so that what it subscribes to again
 * is checked again.
 * <p>
 * A socket that has not authenticated is a stranger's: it does not count towards the node's limit of members
 * (which the login gate reads), at most {@code anonymous-per-address} of them may be open from one address, and
 * each is closed when no CONNECT has authenticated it within {@code connect-timeout}.
 */
@Component
class StompSessions {

    private static final Logger log = LoggerFactory.getLogger(StompSessions.class);
    /** 4403: the client should reconnect; what it may subscribe to has changed. */
    static final CloseStatus ACCESS_CHANGED = new CloseStatus(4403, "access changed");
    /** 4401: the token expired or the socket never authenticated; reconnect with a (new) token. */
    static final CloseStatus NOT_AUTHENTICATED = new CloseStatus(4401, "not authenticated");

    /** Who holds a connection, and the timers that will close it. */
    private static final class Holder {
        final WebSocketSession session;
        final String address;
        volatile @Nullable Principal principal;
        final Set<ScheduledFuture<?>> timers = ConcurrentHashMap.newKeySet();

        Holder(WebSocketSession session, String address, @Nullable Principal principal) {
            this.session = session;
            this.address = address;
            this.principal = principal;
        }
    }

    private final Map<Long, Set<WebSocketSession>> byMember = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger authenticated = new AtomicInteger();
    private final AtomicInteger anonymous = new AtomicInteger();
    private final Map<String, AtomicInteger> anonymousByAddress = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> subscribedRooms = new ConcurrentHashMap<>();
    /** The other way round: room → connections subscribed to it, so a change of a room's team visits only those. */
    private final Map<Long, Set<WebSocketSession>> sessionsByRoom = new ConcurrentHashMap<>();
    private final Map<String, Holder> byId = new ConcurrentHashMap<>();
    private final ConversationAccess access;
    private final MessageStore store;
    private final Clock clock;
    private final Duration connectTimeout;
    private final int anonymousPerAddress;
    private final int maxAnonymous;
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "stomp-expiry");
        t.setDaemon(true);
        return t;
    });

    StompSessions(ConversationAccess access, MessageStore store, Clock clock,
            StompProperties properties) {
        this.access = access;
        this.store = store;
        this.clock = clock;
        this.connectTimeout = properties.connectTimeout();
        this.anonymousPerAddress = properties.anonymousPerAddress();
        this.maxAnonymous = properties.maxAnonymous();
        timers.setRemoveOnCancelPolicy(true);
    }

    @PreDestroy
    void stop() {
        timers.shutdownNow();
    }

    /** Remembers that a connection subscribed to a conversation (to re-check it when the conversation's members change). */
    void subscribed(String sessionId, long conversationId) {
        subscribedRooms.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(conversationId);
        Holder holder = byId.get(sessionId);
        if (holder != null) {
            WebSocketSession session = holder.session;
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
                Principal principal = StompAuthorization.actorOf(session.getPrincipal()) == null ? null : session.getPrincipal();
                Holder holder = new Holder(session, addressOf(session), principal);
                byId.put(session.getId(), holder);
                if (principal != null) {
                    authenticated.incrementAndGet();
                    byMember.computeIfAbsent(memberOf(principal), id -> ConcurrentHashMap.newKeySet()).add(session);
                } else {
                    anonymous.incrementAndGet();
                    anonymousByAddress.computeIfAbsent(holder.address, a -> new AtomicInteger()).incrementAndGet();
                    schedule(holder, connectTimeout, () -> {
                        if (holder.principal == null) {
                            closeQuietly(session, NOT_AUTHENTICATED);
                        }
                    });
                }
                super.afterConnectionEstablished(BinaryFrames.asked(session) ? new BinaryFrames(session) : session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                open.decrementAndGet();
                Holder holder = byId.remove(session.getId());
                if (holder != null) {
                    holder.timers.forEach(t -> t.cancel(false));
                    Principal principal = holder.principal;
                    if (principal == null) {
                        anonymous.decrementAndGet();
                        forgetAnonymous(holder.address);
                    } else {
                        authenticated.decrementAndGet();
                        byMember.computeIfPresent(memberOf(principal), (id, set) -> {
                            set.remove(session);
                            return set.isEmpty() ? null : set;
                        });
                    }
                }
                Set<Long> rooms = subscribedRooms.remove(session.getId());
                if (rooms != null) {
                    for (long room : rooms) {
                        sessionsByRoom.computeIfPresent(room, (id, set) -> {
                            set.remove(session);
                            return set.isEmpty() ? null : set;
                        });
                    }
                }
                super.afterConnectionClosed(session, status);
            }
        };
    }

    /** The WebSocket connections open on this node now, authenticated or not. */
    int open() {
        return open.get();
    }

    /** The connections of members and programs that authenticated: what the node's limit and the login gate count. */
    int authenticated() {
        return authenticated.get();
    }

    /** Whether a stranger's socket from this address may be opened now (it must then authenticate in time). */
    boolean mayOpenAnonymous(@Nullable InetSocketAddress remote) {
        if (anonymous.get() >= maxAnonymous) {
            return false;
        }
        AtomicInteger fromThere = anonymousByAddress.get(address(remote));
        return fromThere == null || fromThere.get() < anonymousPerAddress;
    }

    /**
     * A program authenticated on CONNECT with a bearer token: the connection is now its member's (closed with
     * the member's other channels), and closes by itself when the token expires.
     */
    void connected(String sessionId, Principal principal, @Nullable Instant expiresAt) {
        Holder holder = byId.get(sessionId);
        Actor actor = StompAuthorization.actorOf(principal);
        if (holder == null || actor == null || holder.principal != null) {
            return;
        }
        synchronized (holder) {
            if (holder.principal != null) {
                return;
            }
            holder.principal = principal;
        }
        anonymous.decrementAndGet();
        forgetAnonymous(holder.address);
        authenticated.incrementAndGet();
        byMember.computeIfAbsent(actor.memberId(), id -> ConcurrentHashMap.newKeySet()).add(holder.session);
        if (!byId.containsKey(sessionId)) {
            // closed while it authenticated
            byMember.computeIfPresent(actor.memberId(), (id, set) -> {
                set.remove(holder.session);
                return set.isEmpty() ? null : set;
            });
        }
        if (expiresAt != null) {
            closeAt(sessionId, expiresAt, NOT_AUTHENTICATED);
        }
    }

    /** Who holds the connection: the member of the browser session or the program of the token; null before CONNECT. */
    @Nullable Actor actorOf(String sessionId) {
        Holder holder = byId.get(sessionId);
        return holder == null ? null : StompAuthorization.actorOf(holder.principal);
    }

    /** Closes the connection at that instant (a break-glass grant ends, a token expires), unless it closed before. */
    void closeAt(String sessionId, Instant at, CloseStatus why) {
        Holder holder = byId.get(sessionId);
        if (holder != null) {
            Duration wait = Duration.between(Instant.now(clock), at);
            schedule(holder, wait.isNegative() ? Duration.ZERO : wait, () -> closeQuietly(holder.session, why));
        }
    }

    int close(long memberId) {
        Set<WebSocketSession> sessions = byMember.remove(memberId);
        if (sessions == null) {
            return 0;
        }
        for (WebSocketSession s : sessions) {
            closeQuietly(s, ACCESS_CHANGED);
        }
        return sessions.size();
    }

    @EventListener
    void on(SessionsEnded event) {
        close(event.memberId());
    }

    /** After a patient's team changed, connections subscribed to its room whose holder may no longer read it are closed. */
    @EventListener
    @Order(10)
    void on(RoomAccessChanged event) {
        store.conversation(event.conversationId()).ifPresent(room -> {
            for (WebSocketSession session : Set.copyOf(sessionsByRoom.getOrDefault(room.id(), Set.of()))) {
                Actor actor = actorOf(session.getId());
                if (actor == null || !access.mayRead(actor, room.id())) {
                    closeQuietly(session, ACCESS_CHANGED);
                }
            }
        });
    }

    private void schedule(Holder holder, Duration delay, Runnable task) {
        try {
            ScheduledFuture<?> timer = timers.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            holder.timers.add(timer);
            if (!byId.containsKey(holder.session.getId())) {
                timer.cancel(false);
            }
        } catch (RejectedExecutionException stopping) {
            log.debug("Not scheduling a close for WebSocket {}: the node is stopping", holder.session.getId());
        }
    }

    private void forgetAnonymous(String address) {
        anonymousByAddress.computeIfPresent(address, (a, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    private static void closeQuietly(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | RuntimeException e) {
            log.debug("Closing WebSocket {}: {}", session.getId(), e.getMessage());
        }
    }

    private static String addressOf(WebSocketSession session) {
        try {
            return address(session.getRemoteAddress());
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static String address(@Nullable InetSocketAddress remote) {
        return remote == null || remote.getAddress() == null ? "?" : remote.getAddress().getHostAddress();
    }

    private static long memberOf(Principal principal) {
        Actor actor = Objects.requireNonNull(StompAuthorization.actorOf(principal));
        return actor.memberId();
    }
}
