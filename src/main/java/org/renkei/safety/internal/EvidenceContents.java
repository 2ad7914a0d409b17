package org.renkei.safety.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The bytes of the evidence, apart from the report (reading a report does not read its photos). */
@Repository
public class EvidenceContents {

    private final JdbcTemplate jdbc;

    EvidenceContents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void store(long evidenceId, byte[] content) {
        jdbc.update("INSERT INTO safety_evidence_content (evidence_id, content) VALUES (?, ?)", evidenceId, content);
    }

    public Optional<byte[]> content(long evidenceId) {
        List<byte[]> rows = jdbc.query("SELECT content FROM safety_evidence_content WHERE evidence_id = ?",
                (rs, n) -> rs.getBytes(1), evidenceId);
        return rows.stream().findFirst();
    }
}
