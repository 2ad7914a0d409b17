package org.renkei.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.directory.FacilityType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access log is tamper-evident: changing one byte of a stored entry, or removing one, makes the
 * check fail and name that entry. (Each test restores what it broke, since the chain is shared.)
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
}
