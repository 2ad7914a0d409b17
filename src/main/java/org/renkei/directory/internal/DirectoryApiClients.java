package org.renkei.directory.internal;

import java.util.Optional;
import org.renkei.directory.FacilityStatus;
import org.renkei.security.ApiClients;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The registered API clients for the token issuer and the API; a client of a suspended facility is inactive. */
@Component
@Transactional(readOnly = true)
class DirectoryApiClients implements ApiClients {

    private final ApiClientRows clients;
    private final Facilities facilities;

    DirectoryApiClients(ApiClientRows clients, Facilities facilities) {
        this.clients = clients;
        this.facilities = facilities;
    }

    @Override
    public Optional<ApiClientAccount> findByClientId(String clientId) {
        return clients.findByClientId(clientId).map(c -> new ApiClientAccount(c.clientId(), c.name(), c.secretHash(), c.scopes(),
                c.memberId(), c.facilityId(), c.active() && facilities.findById(c.facilityId())
                        .map(f -> f.status() == FacilityStatus.ACTIVE).orElse(false), c.externalIssuer()));
    }
}
