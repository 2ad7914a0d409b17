package org.renkei;

import java.util.List;
import org.renkei.security.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a member in the security context as a completed login would (for browserless UI tests). */
public final class SignIn {

    private SignIn() {}

    public static void as(Actor actor) {
        List<GrantedAuthority> authorities = actor.roles().stream()
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    /** Half-way: the password was right, the second factor is still to come. */
    public static void pending(Actor actor, String step) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                List.of(new SimpleGrantedAuthority(step))));
        SecurityContextHolder.setContext(context);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
