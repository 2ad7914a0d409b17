package org.renkei.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the access log tamper-evident. Entries are inserted by many transactions at once; a sealer
 * then chains them, in the order it finds them committed, with HMAC-SHA256 over the previous seal and the
 * entry's content (in {@code audit_seal}, also insert-only). The key ({@code renkei.audit.chain-key}) is kept
 * outside the database, so whoever can write the tables cannot make new seals. At intervals the chain's head is
 * anchored outside the database too: a line with its sequence number and seal, itself keyed, written to the
 * application log and appended to {@code renkei.audit.anchor-file}. Checking recomputes the chain, names the
 * first entry that no longer matches, and compares the head with the newest anchor, so deleting the newest
 * entries and moving the head back shows as well. Seals made before the key came (V0011) stay SHA-256.
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
public class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    /** How far behind the newest sealed entry the sealer looks for entries committed late. */
    private static final long LOOKBACK = 5_000;
    private static final int BATCH = 2_000;
    private static final String GENESIS = "0".repeat(64);

    private static final Logger anchors = LoggerFactory.getLogger("renkei.audit.anchor");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final byte[] key;
    private final java.nio.file.@Nullable Path anchorFile;
    private long lastAnchoredSeq = -1;

    private final TransactionTemplate transactions;

    AuditChain(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactionManager, AuditProperties properties) {
        String key = properties.chainKey() == null ? "" : properties.chainKey();
        String anchorFile = properties.anchorFile() == null ? "" : properties.anchorFile();
        if (key.length() < 32) {
            throw new IllegalStateException("renkei.audit.chain-key must be set (32 characters or more, from outside the "
                    + "database: RENKEI_AUDIT_CHAIN_KEY); see docs/security.md");
        }
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.anchorFile = anchorFile.isBlank() ? null : Path.of(anchorFile).toAbsolutePath();
    }

    record Head(long lastSeq, String lastHash, long keyedFrom) {}

    /** A head written outside the database: its sequence number, its seal, and where keyed seals begin. */
    record Anchor(long seq, String hash, long keyedFrom, Instant at) {}

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
        Head head = jdbc.queryForObject("SELECT last_seq, last_hash, keyed_from FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3)));
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
            String hash = seal(prev, e, seq >= head.keyedFrom());
            seals.add(new Object[] {seq, e.id(), prev, hash, now});
            prev = hash;
        }
        jdbc.batchUpdate("INSERT INTO audit_seal (seq, event_id, prev_hash, hash, sealed_at) VALUES (?, ?, ?, ?, ?)", seals);
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, prev);
        return entries.size();
    }

    /**
     * Writes the head outside the database (the application log, and the anchor file when one is configured), when
     * it moved since the last anchor. Each line is keyed like the seals.
     */
    @Scheduled(fixedDelayString = "${renkei.audit.anchor-interval:5m}", initialDelayString = "${renkei.audit.anchor-interval:5m}")
    public synchronized void anchor() {
        Head head = head();
        if (head.lastSeq() == lastAnchoredSeq) {
            return;
        }
        String line = line(new Anchor(head.lastSeq(), head.lastHash(), head.keyedFrom(), Instant.now(clock)));
        anchors.info("{}", line);
        if (anchorFile != null) {
            try {
                if (anchorFile.getParent() != null) {
                    Files.createDirectories(anchorFile.getParent());
                }
                Files.writeString(anchorFile, line + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                log.error("Could not append the access log's anchor to {}: {}", anchorFile, e.toString());
                return;
            }
        }
        lastAnchoredSeq = head.lastSeq();
    }

    private Head head() {
        return jdbc.queryForObject("SELECT last_seq, last_hash, keyed_from FROM audit_chain_head WHERE id = 1",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3)));
    }

    private String line(Anchor a) {
        String body = "audit-anchor seq=" + a.seq() + " hash=" + a.hash() + " keyed-from=" + a.keyedFrom() + " at=" + a.at();
        return body + " mac=" + hmac(body);
    }

    /** The newest anchor in the file, if any; a line whose mac does not match is reported as forged. */
    private @Nullable Anchor newestAnchor() {
        if (anchorFile == null || !Files.exists(anchorFile)) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(anchorFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            Matcher m = Pattern
                    .compile("^(audit-anchor seq=(\\d+) hash=([0-9a-f]{64}) keyed-from=(\\d+) at=(\\S+)) mac=([0-9a-f]{64})$").matcher(l);
            if (!m.matches() || !MessageDigest.isEqual(hmac(m.group(1)).getBytes(StandardCharsets.US_ASCII),
                    m.group(6).getBytes(StandardCharsets.US_ASCII))) {
                return new Anchor(-1, "", -1, Instant.EPOCH);
            }
            return new Anchor(Long.parseLong(m.group(2)), m.group(3), Long.parseLong(m.group(4)), Instant.parse(m.group(5)));
        }
        return null;
    }

    /** Recomputes the whole chain, a page at a time, and reports the first entry that breaks it. */
    @Transactional(readOnly = true)
    public ChainReport verify() {
        Head head = head();
        Anchor anchor = newestAnchor();
        if (anchor != null && anchor.seq() < 0) {
            log.warn("Audit chain: the newest anchor in {} does not carry a valid mac", anchorFile);
            return new ChainReport(0, null, null, "anchor-forged", 0);
        }
        if (anchor != null && anchor.keyedFrom() != head.keyedFrom()) {
            log.warn("Audit chain: keyed seals begin at {} in the database, at {} in the anchor", head.keyedFrom(), anchor.keyedFrom());
            return new ChainReport(0, null, null, "relinked", 0);
        }
        if (anchor != null && head.lastSeq() < anchor.seq()) {
            log.warn("Audit chain: the head is at seq {}, behind the anchor of {} at seq {}", head.lastSeq(), anchor.at(), anchor.seq());
            return new ChainReport(0, null, head.lastSeq() + 1, "truncated", 0);
        }
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
                if (!seal(prev, s.entry(), s.seq() >= head.keyedFrom()).equals(s.hash())) {
                    return broken(checked, s, "changed");
                }
                if (anchor != null && s.seq() == anchor.seq() && !s.hash().equals(anchor.hash())) {
                    return broken(checked, s, "truncated");
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

    /** The seal of an entry: keyed (HMAC-SHA256) from {@code keyed_from} on, plain SHA-256 before. */
    String seal(String previous, Entry e, boolean keyed) {
        return keyed ? hmac(canonical(previous, e)) : hash(previous, e);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The previous hash and every column of the entry, separated by a character names never hold. */
    static String canonical(String previous, Entry e) {
        long micros = e.occurredAt().getEpochSecond() * 1_000_000 + e.occurredAt().getNano() / 1_000;
        return String.join("\u001f", previous, String.valueOf(e.id()), String.valueOf(micros),
                String.valueOf(e.associationId()), String.valueOf(e.actorAssociationId()), String.valueOf(e.actorId()),
                e.actorName(), e.action(),
                e.targetType(), String.valueOf(e.targetId()), e.targetLabel(), String.valueOf(e.patientId()),
                String.valueOf(e.detail()));
    }

    /** SHA-256 over {@link #canonical}: the seals made before the chain was keyed. */
    static String hash(String previous, Entry e) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(previous, e).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
