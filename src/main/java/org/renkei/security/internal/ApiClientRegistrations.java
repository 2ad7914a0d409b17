package org.renkei.security.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.renkei.security.ApiClients;
import org.renkei.security.ApiClients.ApiClientAccount;
import org.renkei.security.ApiScope;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The registered clients as Spring Authorization Server sees them: active ones with a secret, client
 * credentials only, their scopes, short-lived JWT access tokens. A revoked client is unknown here.
 */
final class ApiClientRegistrations implements RegisteredClientRepository {

    private final ApiClients clients;
    private final Duration tokenLifetime;

    ApiClientRegistrations(ApiClients clients, Duration tokenLifetime) {
        this.clients = clients;
        this.tokenLifetime = tokenLifetime;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("clients are registered by their association in the portal");
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        return clients.findByClientId(clientId).filter(c -> c.active() && c.secretHash() != null && c.externalIssuer() == null)
                .map(this::registration).orElse(null);
    }

    private RegisteredClient registration(ApiClientAccount c) {
        return RegisteredClient.withId(c.clientId())
                .clientId(c.clientId())
                .clientName(c.name())
                .clientSecret(c.secretHash())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(s -> c.scopes().stream().map(ApiScope::scope).forEach(s::add))
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenLifetime).build())
                .build();
    }
}
