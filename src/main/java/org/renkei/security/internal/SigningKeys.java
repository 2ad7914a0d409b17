package org.renkei.security.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The RSA key that signs the portal's access tokens, shared by every node through the database (its private
 * part encrypted like TOTP secrets). Made on first use; the first node to store one wins.
 */
@Component
class SigningKeys implements JWKSource<SecurityContext> {

    private final JdbcTemplate jdbc;
    private final Secrets secrets;
    private final Clock clock;
    private volatile @Nullable JWKSet keys;

    SigningKeys(JdbcTemplate jdbc, Secrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(keys());
    }

    JWKSet keys() {
        JWKSet current = keys;
        if (current == null) {
            synchronized (this) {
                current = keys;
                if (current == null) {
                    current = new JWKSet(load());
                    keys = current;
                }
            }
        }
        return current;
    }

    private JWK load() {
        List<String> stored = jdbc.queryForList("SELECT private_jwk FROM signing_key WHERE retired_at IS NULL ORDER BY created_at LIMIT 1",
                String.class);
        if (!stored.isEmpty()) {
            return parse(secrets.decryptTotp(stored.getFirst()));
        }
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
            try {
                jdbc.update("INSERT INTO signing_key (kid, private_jwk, created_at) VALUES (?, ?, ?)", key.getKeyID(),
                        secrets.encryptTotp(key.toJSONString()), Timestamp.from(Instant.now(clock)));
            } catch (DuplicateKeyException raced) {
                // another node stored one first
            }
            return parse(secrets.decryptTotp(jdbc.queryForObject(
                    "SELECT private_jwk FROM signing_key WHERE retired_at IS NULL ORDER BY created_at LIMIT 1", String.class)));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make a signing key", e);
        }
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("the stored signing key cannot be read", e);
        }
    }
}
