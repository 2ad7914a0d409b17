package org.renkei.security.internal;

import java.util.Collection;
import org.renkei.security.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A program authenticated by a bearer token: acting as {@link Actor}, allowed its scopes. */
final class ApiAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;
    private final String clientId;
    private final Jwt token;

    ApiAuthentication(Actor actor, String clientId, Jwt token, Collection<? extends GrantedAuthority> scopes) {
        super(scopes);
        this.actor = actor;
        this.clientId = clientId;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.getName();
    }

    String clientId() {
        return clientId;
    }
}
