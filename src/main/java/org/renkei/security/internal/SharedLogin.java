package org.renkei.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.PortalProperties;
import org.renkei.security.Actor;
import org.renkei.security.MemberAccounts;
import org.renkei.security.MemberAccounts.LoginSubject;
import org.renkei.security.SecurityEvent;
import org.renkei.security.internal.ActiveSessions.SessionMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A login that outlives its node ({@link LoginCookie}). A request of a logged-in member renews the cookie now and then;
 * a request that comes without a session this node knows but with a valid cookie (its node crashed or was lost, the load
 * balancer sent it here) resumes the login in a new session, after checking the account as it is now: still allowed to
 * log in, and no new password, no new second factor and no ended sessions since the login. Otherwise the cookie is
 * cleared and the member logs in again. A resumed login is in the access log ({@code login.resumed}), as is a refusal
 * ({@code login.resume-refused}). Runs before the security context is read from the session.
 */
class SharedLogin extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SharedLogin.class);

    private final LoginCookie cookies;
    private final ActiveSessions active;
    private final MemberAccounts members;
    private final Credentials credentials;
    private final ApplicationEventPublisher events;
    private final String node;

    SharedLogin(LoginCookie cookies, ActiveSessions active, MemberAccounts members, Credentials credentials,
            ApplicationEventPublisher events, PortalProperties portal) {
        this.cookies = cookies;
        this.active = active;
        this.members = members;
        this.credentials = credentials;
        this.events = events;
        this.node = String.valueOf(portal.nodeId());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        SessionMember member = session == null ? null : ActiveSessions.member(session);
        if (member != null) {
            cookies.renewIfDue(request, response, member.memberId(), member.loggedInAt());
        } else {
            Optional<LoginCookie.Login> login = cookies.read(request);
            if (login.isPresent()) {
                resume(login.get(), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private void resume(LoginCookie.Login login, HttpServletRequest request, HttpServletResponse response) {
        Optional<LoginSubject> subject = members.findById(login.memberId());
        String refusal = refusal(login, subject);
        if (refusal != null) {
            log.info("Login of member {} not resumed on node {}: {}", login.memberId(), node, refusal);
            events.publishEvent(new SecurityEvent("login.resume-refused", login.memberId(),
                    subject.map(s -> s.actor().loginId()).orElse(String.valueOf(login.memberId())), null, refusal));
            cookies.clear(request, response);
            return;
        }
        Actor actor = subject.orElseThrow().actor();
        SecurityContext context = new SecurityContextImpl(LoginSession.authentication(actor));
        HttpSession session = request.getSession(true);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        active.register(actor.memberId(), login.loggedInAt(), session);
        cookies.issue(request, response, actor.memberId(), login.loggedInAt());
        events.publishEvent(new SecurityEvent("login.resumed", actor.memberId(), actor.loginId(), actor, "node " + node));
    }

    /** Why the login may not go on, or null when it may: the rule of a restored session ({@link RestoredSessions}). */
    private @Nullable String refusal(LoginCookie.Login login, Optional<LoginSubject> subject) {
        return RestoredSessions.loginRefusal(subject, credentials.findById(login.memberId()).orElse(null), login.loggedInAt());
    }
}
