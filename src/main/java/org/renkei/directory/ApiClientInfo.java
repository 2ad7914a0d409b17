package org.renkei.directory;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.security.ApiScope;

/** A registered API client as its association's page shows it (never its secret). */
public record ApiClientInfo(long id, String clientId, String name, long facilityId, String facilityName, Set<ApiScope> scopes,
        boolean active, @Nullable String externalIssuer, Instant createdAt, @Nullable Instant secretSetAt, @Nullable Instant revokedAt) {}
