package org.renkei.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.directory.FacilityType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access log is tamper-evident: changing one byte of a stored entry, or removing one, makes the
 * check fail and name that entry; so does resealing without the key, and cutting the newest entries off behind
 * an anchor (attack run, H7). (Each test restores what it broke, since the chain is shared.)
 */
@RenkeiTest
class AuditChainIntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired AuditChain chain;
    @Autowired JdbcTemplate jdbc;

    private long newestSealedEntry() {
        fixtures.facility(fixtures.area(), FacilityType.CLINIC);
        while (chain.seal() > 0) {
            // seal everything written so far
        }
        Long id = jdbc.queryForObject("SELECT MAX(event_id) FROM audit_seal", Long.class);
        return id == null ? 0 : id;
    }

    @Test
    void anUntouchedLogIsIntact() {
        newestSealedEntry();
        ChainReport report = chain.verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isPositive();
    }

    @Test
    void changingOneByteOfAnEntryIsFoundAndNamed() {
        long id = newestSealedEntry();
        String label = jdbc.queryForObject("SELECT target_label FROM audit_event WHERE id = ?", String.class, id);
        String forged = (label.charAt(0) == 'X' ? 'Y' : 'X') + label.substring(1);
        jdbc.update("UPDATE audit_event SET target_label = ? WHERE id = ?", forged, id);
        try {
            ChainReport report = chain.verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.firstBrokenEvent()).isEqualTo(id);
            assertThat(report.problem()).isEqualTo("changed");
        } finally {
            jdbc.update("UPDATE audit_event SET target_label = ? WHERE id = ?", label, id);
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void changingTheTimeByOneMicrosecondIsFound() {
        long id = newestSealedEntry();
        jdbc.update("UPDATE audit_event SET occurred_at = occurred_at + INTERVAL 1 MICROSECOND WHERE id = ?", id);
        try {
            assertThat(chain.verify().firstBrokenEvent()).isEqualTo(id);
        } finally {
            jdbc.update("UPDATE audit_event SET occurred_at = occurred_at - INTERVAL 1 MICROSECOND WHERE id = ?", id);
        }
    }

    @Test
    void removingAnEntryIsFoundAndNamed() {
        long id = newestSealedEntry();
        var row = jdbc.queryForMap("SELECT * FROM audit_event WHERE id = ?", id);
        jdbc.update("DELETE FROM audit_event WHERE id = ?", id);
        try {
            ChainReport report = chain.verify();
            assertThat(report.firstBrokenEvent()).isEqualTo(id);
            assertThat(report.problem()).isEqualTo("missing");
        } finally {
            jdbc.update("""
                    INSERT INTO audit_event (id, occurred_at, association_id, actor_association_id, actor_id, actor_name,
                        action, target_type, target_id, target_label, patient_id, detail)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    row.get("id"), row.get("occurred_at"), row.get("association_id"), row.get("actor_association_id"),
                    row.get("actor_id"),
                    row.get("actor_name"), row.get("action"), row.get("target_type"), row.get("target_id"),
                    row.get("target_label"), row.get("patient_id"), row.get("detail"));
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    /** Puts an entry back as it was (the tests share one chain). */
    private void restore(Map<String, Object> row) {
        jdbc.update("""
                INSERT INTO audit_event (id, occurred_at, association_id, actor_association_id, actor_id, actor_name,
                    action, target_type, target_id, target_label, patient_id, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                row.get("id"), row.get("occurred_at"), row.get("association_id"), row.get("actor_association_id"),
                row.get("actor_id"), row.get("actor_name"), row.get("action"), row.get("target_type"), row.get("target_id"),
                row.get("target_label"), row.get("patient_id"), row.get("detail"));
    }

    /**
     * Whoever can write the tables but has not the key: changes an entry and recomputes every seal from it to the
     * head the only way they can (SHA-256, as the chain was before it was keyed), then moves the head.
     */
    @Test
    void anEntryChangedAndResealedWithoutTheKeyIsFound() {
        long id = newestSealedEntry();
        long seq = jdbc.queryForObject("SELECT seq FROM audit_seal WHERE event_id = ?", Long.class, id);
        String label = jdbc.queryForObject("SELECT target_label FROM audit_event WHERE id = ?", String.class, id);
        var seals = jdbc.queryForList("SELECT seq, prev_hash, hash FROM audit_seal WHERE seq >= ? ORDER BY seq", seq);
        var head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
        jdbc.update("UPDATE audit_event SET target_label = ? WHERE id = ?", "改ざん " + label, id);
        try {
            String prev = (String) seals.getFirst().get("prev_hash");
            for (var s : seals) {
                long n = ((Number) s.get("seq")).longValue();
                AuditChain.Entry e = jdbc.queryForObject("SELECT e.* FROM audit_event e JOIN audit_seal s ON s.event_id = e.id "
                        + "WHERE s.seq = ?", AuditChain::entry, n);
                String hash = AuditChain.hash(prev, e);
                jdbc.update("UPDATE audit_seal SET prev_hash = ?, hash = ? WHERE seq = ?", prev, hash, n);
                prev = hash;
            }
            jdbc.update("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", prev);

            ChainReport report = chain.verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.firstBrokenEvent()).isEqualTo(id);
            assertThat(report.problem()).isEqualTo("changed");
        } finally {
            jdbc.update("UPDATE audit_event SET target_label = ? WHERE id = ?", label, id);
            for (var s : seals) {
                jdbc.update("UPDATE audit_seal SET prev_hash = ?, hash = ? WHERE seq = ?", s.get("prev_hash"), s.get("hash"), s.get("seq"));
            }
            jdbc.update("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", head.get("last_hash"));
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    /** Deleting the newest entries with their seals and moving the head back leaves a chain that checks: the anchor does not. */
    @Test
    void deletingTheNewestEntriesAndMovingTheHeadBackIsFoundByTheAnchor() {
        newestSealedEntry();
        newestSealedEntry();
        chain.anchor();
        var head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
        long last = ((Number) head.get("last_seq")).longValue();
        var seals = jdbc.queryForList("SELECT * FROM audit_seal WHERE seq > ? ORDER BY seq", last - 3);
        var events = jdbc.queryForList("SELECT e.* FROM audit_event e JOIN audit_seal s ON s.event_id = e.id WHERE s.seq > ?",
                last - 3);
        String earlier = jdbc.queryForObject("SELECT hash FROM audit_seal WHERE seq = ?", String.class, last - 3);
        jdbc.update("DELETE FROM audit_seal WHERE seq > ?", last - 3);
        events.forEach(e -> jdbc.update("DELETE FROM audit_event WHERE id = ?", e.get("id")));
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", last - 3, earlier);
        try {
            ChainReport report = chain.verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.problem()).isEqualTo("truncated");
        } finally {
            events.forEach(this::restore);
            for (var s : seals) {
                jdbc.update("INSERT INTO audit_seal (seq, event_id, prev_hash, hash, sealed_at) VALUES (?, ?, ?, ?, ?)",
                        s.get("seq"), s.get("event_id"), s.get("prev_hash"), s.get("hash"), s.get("sealed_at"));
            }
            jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", head.get("last_seq"), head.get("last_hash"));
        }
        assertThat(chain.verify().intact()).isTrue();
    }
}
