package org.renkei.security;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The registered API clients, as the token issuer and the API need them; provided by the directory (which
 * registers them for facilities). Each client acts through a member of its facility, so what it does has an
 * author like anything a person does.
 */
public interface ApiClients {

    Optional<ApiClientAccount> findByClientId(String clientId);

    /**
     * @param secretHash     the client secret's hash (Spring's {@code {bcrypt}…} form); null for a client whose
     *                       tokens come from an external issuer
     * @param externalIssuer the issuer whose tokens this client presents, or null for the portal's own
     * @param memberId       the member the client acts as
     */
    record ApiClientAccount(String clientId, String name, @Nullable String secretHash, Set<ApiScope> scopes, long memberId,
            long facilityId, boolean active, @Nullable String externalIssuer) {}
}
