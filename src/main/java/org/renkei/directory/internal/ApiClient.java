package org.renkei.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.ConflictException;
import org.renkei.security.ApiScope;

/** A program registered to use the API for one facility, acting as one member of it. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    public static final String ACTIVE = "ACTIVE";
    public static final String REVOKED = "REVOKED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String clientId;
    private String name;
    private long facilityId;
    private long associationId;
    private long memberId;
    private String scopes;
    private @Nullable String secretHash;
    private @Nullable String externalIssuer;
    private String status;
    private long createdBy;
    private Instant createdAt;
    private @Nullable Instant secretSetAt;
    private @Nullable Instant revokedAt;

    @Version
    private long version;

    protected ApiClient() {
        this.clientId = "";
        this.name = "";
        this.scopes = "";
        this.status = ACTIVE;
        this.createdAt = Instant.EPOCH;
    }

    public static ApiClient register(String clientId, String name, long facilityId, long associationId, long memberId,
            Set<ApiScope> scopes, @Nullable String secretHash, @Nullable String externalIssuer, long by, Instant now) {
        ApiClient c = new ApiClient();
        c.clientId = clientId;
        c.name = name;
        c.facilityId = facilityId;
        c.associationId = associationId;
        c.memberId = memberId;
        c.scopes = scopes.stream().map(ApiScope::scope).sorted().collect(Collectors.joining(" "));
        c.secretHash = secretHash;
        c.externalIssuer = externalIssuer;
        c.status = ACTIVE;
        c.createdBy = by;
        c.createdAt = now;
        c.secretSetAt = secretHash == null ? null : now;
        return c;
    }

    public void rotate(String secretHash, Instant now) {
        requireActive();
        if (externalIssuer != null) {
            throw new ConflictException("api-client.external-no-secret");
        }
        this.secretHash = secretHash;
        this.secretSetAt = now;
    }

    public void revoke(Instant now) {
        requireActive();
        status = REVOKED;
        revokedAt = now;
        secretHash = null;
    }

    private void requireActive() {
        if (!ACTIVE.equals(status)) {
            throw new ConflictException("api-client.revoked");
        }
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public String clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public long facilityId() {
        return facilityId;
    }

    public long associationId() {
        return associationId;
    }

    public long memberId() {
        return memberId;
    }

    public Set<ApiScope> scopes() {
        EnumSet<ApiScope> set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(" ")).map(ApiScope::of).flatMap(Optional::stream).forEach(set::add);
        return set;
    }

    public @Nullable String secretHash() {
        return secretHash;
    }

    public @Nullable String externalIssuer() {
        return externalIssuer;
    }

    public boolean active() {
        return ACTIVE.equals(status);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant secretSetAt() {
        return secretSetAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }
}
