package org.renkei.audit;

import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the access log. The portal's operators see all of it; an association's administrators see
 * the entries about their association; nobody else sees any. Reading and exporting it is itself logged.
 */
@Service
public class AuditTrailService {

    /** At most this many rows go into one CSV export; narrow the filter for more. */
    public static final int EXPORT_LIMIT = 100_000;

    private final JdbcTemplate jdbc;
    private final AuditLog log;

    AuditTrailService(JdbcTemplate jdbc, AuditLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> search(Actor viewer, AuditFilter filter, int offset, int limit) {
        Query q = query(viewer, filter);
        q.args.add(limit);
        q.args.add(offset);
        return jdbc.query("SELECT * FROM audit_event e WHERE " + q.where + " ORDER BY e.id DESC LIMIT ? OFFSET ?",
                (rs, i) -> record(AuditChain.entry(rs, i)), q.args.toArray());
    }

    @Transactional(readOnly = true)
    public long count(Actor viewer, AuditFilter filter) {
        Query q = query(viewer, filter);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event e WHERE " + q.where, Long.class, q.args.toArray());
        return n == null ? 0 : n;
    }

    /**
     * The filtered log as CSV, newest first, with action names in the viewer's language. The export
     * is logged with its filter.
     */
    @Transactional
    public byte[] export(Actor viewer, AuditFilter filter, CsvFiles.Encoding encoding, Function<String, String> actionName,
            Locale locale) {
        List<AuditRecord> rows = search(viewer, filter, 0, EXPORT_LIMIT);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", locale).withZone(TimeConfiguration.TOKYO);
        List<List<String>> cells = rows.stream().map(r -> List.of(String.valueOf(r.id()), time.format(r.occurredAt()),
                r.actorName(), String.valueOf(r.actorId() == null ? "" : r.actorId()), actionName.apply(r.action()),
                r.targetType(), String.valueOf(r.targetId() == null ? "" : r.targetId()), r.targetLabel(),
                r.detail() == null ? "" : r.detail())).toList();
        log.record(viewer, "audit.exported", AuditTarget.of("audit", null, rows.size() + " rows",
                viewer.associationId()), filter.toString());
        List<String> header = locale.getLanguage().equals("en")
                ? List.of("id", "time (JST)", "actor", "actor id", "action", "target type", "target id", "target", "detail")
                : List.of("ID", "日時(JST)", "操作者", "操作者ID", "操作", "対象種別", "対象ID", "対象", "詳細");
        return CsvFiles.write(header, cells, encoding);
    }

    private static AuditRecord record(AuditChain.Entry e) {
        return new AuditRecord(e.id(), e.occurredAt(), e.associationId(), e.actorId(), e.actorName(), e.action(),
                e.targetType(), e.targetId(), e.targetLabel(), e.patientId(), e.detail());
    }

    private static final class Query {
        final StringBuilder where = new StringBuilder("1 = 1");
        final List<Object> args = new ArrayList<>();

        void and(String condition, Object... values) {
            where.append(" AND ").append(condition);
            args.addAll(List.of(values));
        }
    }

    private static Query query(Actor viewer, AuditFilter f) {
        Query q = new Query();
        if (!viewer.isSystemAdmin()) {
            if (!viewer.has(Role.ASSOCIATION_ADMIN) || viewer.associationId() == null) {
                throw new AccessRefusedException();
            }
            q.and("(e.association_id = ? OR e.actor_association_id = ?)", viewer.associationId(), viewer.associationId());
        }
        if (f.from() != null) {
            q.and("e.occurred_at >= ?", Timestamp.from(f.from().atStartOfDay(TimeConfiguration.TOKYO).toInstant()));
        }
        if (f.to() != null) {
            q.and("e.occurred_at < ?", Timestamp.from(f.to().plusDays(1).atStartOfDay(TimeConfiguration.TOKYO).toInstant()));
        }
        if (f.action() != null && !f.action().isBlank()) {
            q.and("e.action LIKE ?", f.action().strip() + "%");
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            q.and("e.actor_name LIKE ?", "%" + escapeLike(f.actor().strip()) + "%");
        }
        if (f.target() != null && !f.target().isBlank()) {
            q.and("e.target_label LIKE ?", "%" + escapeLike(f.target().strip()) + "%");
        }
        if (f.actorId() != null) {
            q.and("e.actor_id = ?", f.actorId());
        }
        if (f.targetMemberId() != null) {
            q.and("e.target_type = 'member' AND e.target_id = ?", f.targetMemberId());
        }
        if (f.patientId() != null) {
            q.and("e.patient_id = ?", f.patientId());
        }
        return q;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
