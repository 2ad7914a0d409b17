package org.renkei.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the access log tamper-evident. Entries are inserted by many transactions at once; a sealer
 * then chains them, in the order it finds them committed, with SHA-256 over the previous hash and the
 * entry's content (in {@code audit_seal}, also insert-only). Checking recomputes the chain and names
 * the first entry that no longer matches.
 */
@Service
public class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    /** How far behind the newest sealed entry the sealer looks for entries committed late. */
    private static final long LOOKBACK = 5_000;
    private static final int BATCH = 2_000;
    private static final String GENESIS = "0".repeat(64);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    private final TransactionTemplate transactions;

    AuditChain(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Head(long lastSeq, String lastHash) {}

    @Scheduled(fixedDelayString = "${renkei.audit.seal-interval:2s}")
    public void sealScheduled() {
        int sealed;
        do {
            sealed = seal();
        } while (sealed == BATCH);
    }

    /** Seals a batch of unsealed entries; returns how many. The head row's lock keeps nodes from sealing at once. */
    public int seal() {
        Integer sealed = transactions.execute(status -> sealBatch());
        return sealed == null ? 0 : sealed;
    }

    private int sealBatch() {
        Head head = jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
        Long lastEvent = head.lastSeq() == 0 ? null
                : jdbc.queryForObject("SELECT event_id FROM audit_seal WHERE seq = ?", Long.class, head.lastSeq());
        long floor = lastEvent == null ? 0 : Math.max(0, lastEvent - LOOKBACK);
        List<Entry> entries = jdbc.query("""
                SELECT e.* FROM audit_event e LEFT JOIN audit_seal s ON s.event_id = e.id
                WHERE e.id > ? AND s.event_id IS NULL ORDER BY e.id LIMIT ?""", AuditChain::entry, floor, BATCH);
        if (entries.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        long seq = head.lastSeq();
        String prev = head.lastHash();
        List<Object[]> seals = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            seq++;
            String hash = hash(prev, e);
            seals.add(new Object[] {seq, e.id(), prev, hash, now});
            prev = hash;
        }
        jdbc.batchUpdate("INSERT INTO audit_seal (seq, event_id, prev_hash, hash, sealed_at) VALUES (?, ?, ?, ?, ?)", seals);
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, prev);
        return entries.size();
    }

    /** Recomputes the whole chain, a page at a time, and reports the first entry that breaks it. */
    @Transactional(readOnly = true)
    public ChainReport verify() {
        long checked = 0;
        long afterSeq = 0;
        String prev = GENESIS;
        while (true) {
            List<SealedEntry> page = jdbc.query("""
                    SELECT s.seq, s.event_id, s.prev_hash, s.hash, e.* FROM audit_seal s
                    LEFT JOIN audit_event e ON e.id = s.event_id
                    WHERE s.seq > ? ORDER BY s.seq LIMIT 5000""", (rs, i) -> new SealedEntry(rs.getLong("seq"),
                    rs.getLong("event_id"), rs.getString("prev_hash"), rs.getString("hash"),
                    rs.getObject("id") == null ? null : entry(rs, i)), afterSeq);
            if (page.isEmpty()) {
                break;
            }
            for (SealedEntry s : page) {
                if (s.entry() == null) {
                    return broken(checked, s, "missing");
                }
                if (!s.prevHash().equals(prev)) {
                    return broken(checked, s, "relinked");
                }
                if (!hash(prev, s.entry()).equals(s.hash())) {
                    return broken(checked, s, "changed");
                }
                prev = s.hash();
                checked++;
                afterSeq = s.seq();
            }
        }
        Timestamp minuteAgo = Timestamp.from(Instant.now(clock).minus(Duration.ofMinutes(1)));
        Long unsealed = jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_event e LEFT JOIN audit_seal s ON s.event_id = e.id
                WHERE s.event_id IS NULL AND e.occurred_at < ?""", Long.class, minuteAgo);
        return new ChainReport(checked, null, null, null, unsealed == null ? 0 : unsealed);
    }

    private static ChainReport broken(long checked, SealedEntry s, String problem) {
        log.warn("Audit chain broken at seq {} (event {}): {}", s.seq(), s.eventId(), problem);
        return new ChainReport(checked, s.eventId(), s.seq(), problem, 0);
    }

    record Entry(long id, Instant occurredAt, @Nullable Long associationId, @Nullable Long actorAssociationId,
            @Nullable Long actorId, String actorName,
            String action, String targetType, @Nullable Long targetId, String targetLabel, @Nullable Long patientId,
            @Nullable String detail) {}

    record SealedEntry(long seq, long eventId, String prevHash, String hash, @Nullable Entry entry) {}

    static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), nullableLong(rs, "association_id"),
                nullableLong(rs, "actor_association_id"), nullableLong(rs, "actor_id"), rs.getString("actor_name"), rs.getString("action"),
                rs.getString("target_type"), nullableLong(rs, "target_id"), rs.getString("target_label"),
                nullableLong(rs, "patient_id"), rs.getString("detail"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** SHA-256 over the previous hash and every column of the entry, separated by a character names never hold. */
    static String hash(String previous, Entry e) {
        long micros = e.occurredAt().getEpochSecond() * 1_000_000 + e.occurredAt().getNano() / 1_000;
        String canonical = String.join("\u001f", previous, String.valueOf(e.id()), String.valueOf(micros),
                String.valueOf(e.associationId()), String.valueOf(e.actorAssociationId()), String.valueOf(e.actorId()),
                e.actorName(), e.action(),
                e.targetType(), String.valueOf(e.targetId()), e.targetLabel(), String.valueOf(e.patientId()),
                String.valueOf(e.detail()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
