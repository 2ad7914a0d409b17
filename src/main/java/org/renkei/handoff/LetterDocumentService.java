package org.renkei.handoff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.handoff.internal.FileTypes;
import org.renkei.handoff.internal.Handoff;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents a received 診療情報提供書 carried (DocumentReference with inline data: the clinical course as a PDF, an
 * image), kept with the draft the letter filled. Those who may read the handoff read them; every read is in the
 * access log.
 */
@Service
@Transactional
public class LetterDocumentService {

    /** A carried document as the handoff lists it. */
    public record LetterDocument(long id, String title, String contentType, int size) {}

    private final HandoffService handoffs;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    LetterDocumentService(HandoffService handoffs, AuditLog audit, JdbcTemplate jdbc, Clock clock) {
        this.handoffs = handoffs;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the letter's documents with the draft it filled (the import's own transaction). */
    void keep(long handoffId, List<AttachedFile> files) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (AttachedFile f : files) {
            jdbc.update("INSERT INTO handoff_document (handoff_id, title, content_type, content, created_at) VALUES (?, ?, ?, ?, ?)",
                    handoffId, f.fileName(), f.contentType(), f.content(), now);
        }
    }

    /** The documents, for whoever may read the handoff. */
    @Transactional(readOnly = true)
    public List<LetterDocument> list(Actor actor, long handoffId) {
        Handoff h = handoffs.load(handoffId);
        handoffs.requireReader(actor, h, handoffs.recipientsOf(handoffId));
        return jdbc.query("SELECT id, title, content_type, LENGTH(content) FROM handoff_document WHERE handoff_id = ? ORDER BY id",
                (rs, i) -> new LetterDocument(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)), handoffId);
    }

    /** One document's bytes; the read is logged. */
    public AttachedFile read(Actor actor, long handoffId, long documentId) {
        Handoff h = handoffs.load(handoffId);
        handoffs.requireReader(actor, h, handoffs.recipientsOf(handoffId));
        AttachedFile file = jdbc.query("SELECT title, content_type, content FROM handoff_document WHERE id = ? AND handoff_id = ?",
                (rs, i) -> new AttachedFile(rs.getString(1), rs.getString(2), rs.getBytes(3)), documentId, handoffId).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("document", documentId));
        audit.record(actor, "handoff.document-read", HandoffService.target(h, handoffs.patientRef(h)), file.fileName());
        return file;
    }

    /** The type of a carried file the portal takes as it is (a PDF or an image, not too large), judged by its bytes; or null. */
    static @Nullable String typeTaken(byte[] content) {
        return content.length <= FileTypes.MAX_BYTES ? FileTypes.of(content) : null;
    }
}
