package org.renkei.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.security.ApiClients;
import org.renkei.security.ApiClients.ApiClientAccount;
import org.renkei.security.ApiScope;
import org.renkei.security.MemberAccounts;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * From a verified JWT to the program behind it: the client must be registered, active, and registered for the
 * issuer that signed the token; it acts as its member, with the scopes that are both in the token and
 * granted to it. Looked up on every request, so revoking a client stops its tokens at once.
 */
@Component
class ApiTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ApiClients clients;
    private final MemberAccounts members;
    private final ApiProperties properties;

    ApiTokenConverter(ApiClients clients, MemberAccounts members, ApiProperties properties) {
        this.clients = clients;
        this.members = members;
        this.properties = properties;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String clientId = clientId(jwt);
        if (clientId == null) {
            throw new InvalidBearerTokenException("the token names no client");
        }
        ApiClientAccount client = clients.findByClientId(clientId)
                .orElseThrow(() -> new InvalidBearerTokenException("unknown client"));
        if (!client.active()) {
            throw new InvalidBearerTokenException("the client has been revoked");
        }
        String issuer = jwt.getIssuer() == null ? "" : jwt.getIssuer().toString();
        String expected = client.externalIssuer() == null ? properties.issuer() : client.externalIssuer();
        if (!Objects.equals(strip(issuer), strip(expected))) {
            throw new InvalidBearerTokenException("the client is not registered with this issuer");
        }
        var actor = members.findById(client.memberId()).map(MemberAccounts.LoginSubject::actor)
                .orElseThrow(() -> new InvalidBearerTokenException("the client's member is gone"));
        Set<ApiScope> granted = new LinkedHashSet<>();
        for (String s : scopes(jwt)) {
            ApiScope.of(s).filter(client.scopes()::contains).ifPresent(granted::add);
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        granted.forEach(s -> authorities.add(new SimpleGrantedAuthority(s.authority())));
        authorities.add(new SimpleGrantedAuthority("ROLE_API_CLIENT"));
        return new ApiAuthentication(actor, clientId, jwt, authorities);
    }

    private static @Nullable String clientId(Jwt jwt) {
        for (String claim : List.of("client_id", "azp", "sub")) {
            String v = jwt.getClaimAsString(claim);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static Collection<String> scopes(Jwt jwt) {
        Object scope = jwt.getClaims().get("scope");
        if (scope == null) {
            scope = jwt.getClaims().get("scp");
        }
        if (scope instanceof String s) {
            return List.of(s.trim().split("\\s+"));
        }
        if (scope instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static String strip(String issuer) {
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }
}
