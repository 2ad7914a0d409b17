package org.renkei.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code renkei.audit.*}: the access log's seal key and where its chain's head is anchored. (The intervals,
 * {@code seal-interval} and {@code anchor-interval}, are read by the schedules themselves.)
 *
 * @param chainKey   the key of the seals (HMAC-SHA256), 32 characters or more, kept outside the database
 * @param anchorFile a file on a volume the database does not share, to which the head is appended; none when blank
 */
@ConfigurationProperties("renkei.audit")
record AuditProperties(@Nullable String chainKey, @Nullable String anchorFile) {}
