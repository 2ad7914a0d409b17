package org.renkei.security.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.renkei.security.SessionsEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The open sessions of each logged-in member on this node, so that suspending or detaching a member
 * ends their sessions at once instead of at their next login. A session restored after a restart
 * ({@link SessionStore}) is not known here until {@link RestoredSessions} has checked it on its first
 * request.
 */
@Component
class ActiveSessions implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(ActiveSessions.class);
    private static final String MEMBER_ATTRIBUTE = ActiveSessions.class.getName() + ".member";
    private static final String TRACKED_ATTRIBUTE = ActiveSessions.class.getName() + ".tracked";
    /** Not serialisable, so never written with the session: a restored session has no such mark. */
    private static final Object TRACKED = new Object();

    /** Whose session it is and when they passed the second factor; kept in the session, so it outlives a restart. */
    record SessionMember(long memberId, Instant loggedInAt) implements Serializable {}

    private final Map<Long, Set<HttpSession>> byMember = new ConcurrentHashMap<>();

    void register(long memberId, Instant loggedInAt, HttpSession session) {
        session.setAttribute(MEMBER_ATTRIBUTE, new SessionMember(memberId, loggedInAt));
        track(memberId, session);
    }

    /** A restored session that passed its check. */
    void track(long memberId, HttpSession session) {
        session.setAttribute(TRACKED_ATTRIBUTE, TRACKED);
        byMember.computeIfAbsent(memberId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** The member of a session of the second factor's passing, if any. */
    static @Nullable SessionMember member(HttpSession session) {
        return session.getAttribute(MEMBER_ATTRIBUTE) instanceof SessionMember m ? m : null;
    }

    /** Whether this node has known the session since its login (not the case for one a restart brought back). */
    static boolean tracked(HttpSession session) {
        return session.getAttribute(TRACKED_ATTRIBUTE) == TRACKED;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(MEMBER_ATTRIBUTE) instanceof SessionMember member) {
            long id = member.memberId();
            byMember.computeIfPresent(id, (k, sessions) -> {
                sessions.remove(event.getSession());
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    /** Also when another node reports it (cluster mode): the member's sessions on this node end too. */
    @EventListener
    void on(SessionsEnded event) {
        end(event.memberId());
    }

    /** Invalidates every session of the member; Vaadin closes their open UIs with it. */
    int end(long memberId) {
        Set<HttpSession> sessions = byMember.remove(memberId);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                log.debug("Session of member {} was already invalid", memberId);
            }
        }
        log.info("Ended {} session(s) of member {}", ended, memberId);
        return ended;
    }

    int count(long memberId) {
        Set<HttpSession> sessions = byMember.get(memberId);
        return sessions == null ? 0 : sessions.size();
    }
}
