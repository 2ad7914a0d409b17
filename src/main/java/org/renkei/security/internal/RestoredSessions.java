package org.renkei.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.renkei.security.Actor;
import org.renkei.security.MemberAccounts;
import org.renkei.security.MemberAccounts.LoginSubject;
import org.renkei.security.SecurityEvent;
import org.renkei.security.internal.ActiveSessions.SessionMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first request of a session that a restart brought back ({@link SessionStore}): the node did not see
 * what happened to the member while it was down, so the session goes on only if the account still says
 * what it said at login (active, same facility and roles, no new password or second factor since); otherwise
 * it ends here and the member logs in again. Runs before the security context is read from the session.
 */
class RestoredSessions extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RestoredSessions.class);

    private final ActiveSessions active;
    private final MemberAccounts members;
    private final Credentials credentials;
    private final ApplicationEventPublisher events;

    RestoredSessions(ActiveSessions active, MemberAccounts members, Credentials credentials, ApplicationEventPublisher events) {
        this.active = active;
        this.members = members;
        this.credentials = credentials;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        SessionMember member = session == null ? null : ActiveSessions.member(session);
        if (member != null && !ActiveSessions.tracked(session)) {
            Object principal = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext c && c.getAuthentication() != null ? c.getAuthentication().getPrincipal() : null;
            String refusal = refusal(member, principal);
            if (refusal == null) {
                active.track(member.memberId(), session);
            } else {
                log.info("Restored session of member {} ended: {}", member.memberId(), refusal);
                events.publishEvent(new SecurityEvent("session.restore-refused", member.memberId(),
                        principal instanceof Actor a ? a.loginId() : String.valueOf(member.memberId()), null, refusal));
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    /** Why this session may not go on, or null when it may. */
    private @Nullable String refusal(SessionMember member, @Nullable Object principal) {
        Optional<LoginSubject> now = members.findById(member.memberId());
        String standing = standingRefusal(now);
        if (standing != null) {
            return standing;
        }
        if (!now.orElseThrow().actor().equals(principal)) {
            return "account changed";
        }
        return credentialsRefusal(credentials.findById(member.memberId()).orElse(null), member.loggedInAt());
    }

    /**
     * Why a login taken at {@code loggedInAt} may not go on, as far as the account and the credentials say (no longer
     * allowed to log in, a new password, a new second factor, the sessions ended since), or null: for a session a
     * restart brought back and a login resumed on another node alike.
     */
    static @Nullable String loginRefusal(Optional<LoginSubject> now, @Nullable Credential credential, Instant loggedInAt) {
        String standing = standingRefusal(now);
        return standing != null ? standing : credentialsRefusal(credential, loggedInAt);
    }

    private static @Nullable String standingRefusal(Optional<LoginSubject> now) {
        if (now.isEmpty() || !now.get().standing().mayLogIn()) {
            return now.map(s -> s.standing().name()).orElse("unknown member");
        }
        return null;
    }

    private static @Nullable String credentialsRefusal(@Nullable Credential credential, Instant loggedInAt) {
        if (credential == null || !credential.hasSecondFactor() || credential.passwordChangedAt().isAfter(loggedInAt)
                || (credential.totpEnabledAt() != null && credential.totpEnabledAt().isAfter(loggedInAt))) {
            return "credentials changed";
        }
        if (credential.sessionsEndedAt() != null && credential.sessionsEndedAt().isAfter(loggedInAt)) {
            return "sessions ended";
        }
        return null;
    }
}
