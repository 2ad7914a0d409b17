package org.renkei.directory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.internal.ApiClient;
import org.renkei.directory.internal.ApiClientRows;
import org.renkei.directory.internal.Facilities;
import org.renkei.directory.internal.Facility;
import org.renkei.directory.internal.Member;
import org.renkei.directory.internal.Members;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Accounts;
import org.renkei.security.Actor;
import org.renkei.security.ApiScope;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API clients, registered by an association's administrators for one of its facilities (a hospital's
 * information system): each with the scopes it may use, acting as a member of status SYSTEM in that
 * facility. The secret is shown once, at registration and at each rotation, and only its hash is kept;
 * revoking stops the client's tokens at once. Every step is in the access log.
 */
@Service
@Transactional
public class ApiClientService {

    /** The client id and, for the portal's own issuer, the secret: shown once. */
    public record IssuedSecret(long id, String clientId, @Nullable String secret) {}

    private static final SecureRandom random = new SecureRandom();

    private final ApiClientRows clients;
    private final Facilities facilities;
    private final Members members;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Accounts accounts;
    private final Clock clock;

    ApiClientService(ApiClientRows clients, Facilities facilities, Members members, PasswordEncoder passwords, AuditLog audit,
            Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.facilities = facilities;
        this.members = members;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** The clients of the associations the actor administers, newest first. */
    @Transactional(readOnly = true)
    public List<ApiClientInfo> list(Actor actor) {
        List<ApiClient> rows;
        if (actor.isSystemAdmin()) {
            rows = clients.findAllByOrderByCreatedAtDesc();
        } else if (actor.associationId() != null && actor.administers(actor.associationId())) {
            rows = clients.findByAssociationIdOrderByCreatedAtDesc(actor.associationId());
        } else {
            throw new AccessRefusedException("error.admin-only");
        }
        Map<Long, FacilityRef> names = new HashMap<>();
        facilities.findAllById(rows.stream().map(ApiClient::facilityId).distinct().toList())
                .forEach(f -> names.put(f.id(), new FacilityRef(f.id(), f.name(), f.type(), f.associationId(), f.status())));
        return rows.stream().map(c -> info(c, names.get(c.facilityId()))).toList();
    }

    /**
     * Registers a client for a facility of an association the actor administers. With {@code externalIssuer},
     * the client's tokens come from that issuer and {@code clientId} is the id it gives them; otherwise the
     * portal makes the id and a secret.
     */
    public IssuedSecret register(Actor actor, long facilityId, String name, Set<ApiScope> scopes, @Nullable String externalIssuer,
            @Nullable String externalClientId) {
        Facility facility = facilities.findById(facilityId).orElseThrow(() -> new NotFoundException("facility", facilityId));
        Permissions.requireAdministers(actor, facility.associationId());
        if (facility.status() != FacilityStatus.ACTIVE) {
            throw new ConflictException("facility.not-active");
        }
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new InvalidInputException("name", "validation.NotBlank");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidInputException("scopes", "api-client.no-scope");
        }
        boolean external = externalIssuer != null && !externalIssuer.isBlank();
        String clientId;
        if (external) {
            if (!externalIssuer.startsWith("https://")) {
                throw new InvalidInputException("externalIssuer", "conference.link-https");
            }
            clientId = externalClientId == null ? "" : externalClientId.strip();
            if (!clientId.matches("^[A-Za-z0-9._:-]{3,100}$")) {
                throw new InvalidInputException("clientId", "validation.Pattern");
            }
            if (clients.existsByClientId(clientId)) {
                throw new InvalidInputException("clientId", "api-client.id-taken", clientId);
            }
        } else {
            clientId = "renkei-" + token(12);
        }
        Instant now = Instant.now(clock);
        Member acting = members.save(Member.of(facilityId, "api-" + clientId, new Member.Details("連携システム: " + label,
                "レンケイシステム", Profession.OTHER, "", null), MemberStatus.SYSTEM, now));
        String secret = external ? null : token(32);
        ApiClient client = clients.save(ApiClient.register(clientId, label, facilityId, facility.associationId(), acting.id(), scopes,
                secret == null ? null : passwords.encode(secret), external ? externalIssuer.strip() : null, actor.memberId(), now));
        audit.record(actor, "api-client.registered", target(client, facility), String.join(" ",
                scopes.stream().map(ApiScope::scope).sorted().toList()));
        return new IssuedSecret(client.id(), clientId, secret);
    }

    /** A new secret; the old one stops working at once. */
    public IssuedSecret rotate(Actor actor, long id) {
        ApiClient client = administered(actor, id);
        String secret = token(32);
        client.rotate(passwords.encode(secret), Instant.now(clock));
        audit.record(actor, "api-client.rotated", target(client, facility(client)), null);
        return new IssuedSecret(client.id(), client.clientId(), secret);
    }

    /** Stops the client for good: no new tokens, and the tokens it holds are refused from now on. */
    public void revoke(Actor actor, long id) {
        ApiClient client = administered(actor, id);
        client.revoke(Instant.now(clock));
        members.findById(client.memberId()).ifPresent(m -> m.detach(Instant.now(clock)));
        // its open STOMP connections close once this commits, like a detached member's
        accounts.endSessionsAfterCommit(client.memberId());
        audit.record(actor, "api-client.revoked", target(client, facility(client)), null);
    }

    private ApiClient administered(Actor actor, long id) {
        ApiClient client = clients.findById(id).orElseThrow(() -> new NotFoundException("api-client", id));
        Permissions.requireAdministers(actor, client.associationId());
        return client;
    }

    private Facility facility(ApiClient c) {
        return facilities.findById(c.facilityId()).orElseThrow();
    }

    private static AuditTarget target(ApiClient c, Facility f) {
        return AuditTarget.of("api-client", c.id(), c.name() + "（" + f.name() + "）", c.associationId());
    }

    private static ApiClientInfo info(ApiClient c, @Nullable FacilityRef f) {
        return new ApiClientInfo(c.id(), c.clientId(), c.name(), c.facilityId(), f == null ? "?" : f.name(), c.scopes(), c.active(),
                c.externalIssuer(), c.createdAt(), c.secretSetAt(), c.revokedAt());
    }

    private static String token(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
