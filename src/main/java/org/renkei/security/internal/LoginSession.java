package org.renkei.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.renkei.security.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Turns the half-logged-in session of the password step into a member's session once the second factor passed. */
@Component
public class LoginSession {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final ActiveSessions sessions;
    private final LoginCookie cookies;
    private final Clock clock;

    LoginSession(ActiveSessions sessions, LoginCookie cookies, Clock clock) {
        this.sessions = sessions;
        this.cookies = cookies;
        this.clock = clock;
    }

    /** The authentication of a member who passed both factors: their roles as authorities. */
    static Authentication authentication(Actor actor) {
        List<GrantedAuthority> authorities = actor.roles().stream()
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities);
    }

    public void complete(Actor actor, HttpServletRequest request, HttpServletResponse response) {
        // a new session id now that the member is fully logged in: an id seen before (the password step's) is worth nothing
        try {
            request.changeSessionId();
        } catch (IllegalStateException noSession) {
            request.getSession(true);
        } catch (UnsupportedOperationException mockRequest) {
            // browserless UI tests' mock request; every servlet container renews the id
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication(actor));
        holder.setContext(context);
        repository.saveContext(context, request, response);
        Instant now = Instant.now(clock);
        sessions.register(actor.memberId(), now, request.getSession());
        // the login outlives this node: another one resumes it if this one is lost (SharedLogin)
        cookies.issue(request, response, actor.memberId(), now);
    }
}
