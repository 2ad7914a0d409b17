package org.renkei.security.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The open sessions of each logged-in member on this node, so that suspending or detaching a member
 * ends their sessions at once instead of at their next login.
 */
@Component
class ActiveSessions implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(ActiveSessions.class);
    private static final String MEMBER_ATTRIBUTE = ActiveSessions.class.getName() + ".member";

    private final Map<Long, Set<HttpSession>> byMember = new ConcurrentHashMap<>();

    void register(long memberId, HttpSession session) {
        session.setAttribute(MEMBER_ATTRIBUTE, memberId);
        byMember.computeIfAbsent(memberId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object member = event.getSession().getAttribute(MEMBER_ATTRIBUTE);
        if (member instanceof Long id) {
            byMember.computeIfPresent(id, (k, sessions) -> {
                sessions.remove(event.getSession());
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    /** Also when another node reports it (cluster mode): the member's sessions on this node end too. */
    @org.springframework.context.event.EventListener
    void on(org.renkei.security.SessionsEnded event) {
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
