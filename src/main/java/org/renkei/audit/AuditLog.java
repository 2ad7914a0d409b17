package org.renkei.audit;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.SqlTime;
import org.renkei.security.Actor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes access-log entries in the caller's transaction, so that a change and its entry commit or
 * fail together. A read that is audited therefore runs in a writable transaction.
 */
@Component
public class AuditLog {

    /** Recorded as the actor of what someone not logged in did (a facility's application). */
    public static final String ANONYMOUS = "(未ログイン)";
    /** The name of the portal itself, for what it does on its own (a request's answer time passed). */
    public static final String PORTAL = "(ポータル)";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final HikariDataSource alonePool;

    AuditLog(JdbcTemplate jdbc, Clock clock, DataSourceProperties database) {
        this.jdbc = jdbc;
        this.clock = clock;
        // entries "on their own" use a small pool of their own, in autocommit: a transaction that logs something
        // on its own never waits for a second connection of the pool it holds one of (which, under load, could
        // leave every connection held by a transaction waiting for another)
        this.alonePool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        alonePool.setPoolName("audit-alone");
        alonePool.setMaximumPoolSize(4);
        alonePool.setMinimumIdle(0);
        alonePool.setAutoCommit(true);
    }

    @PreDestroy
    void close() {
        alonePool.close();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(@Nullable Actor actor, String action, AuditTarget target, @Nullable String detail) {
        insert(actor == null ? null : actor.memberId(), actor == null ? ANONYMOUS : actor.name(),
                actor == null ? null : actor.associationId(), action, target, detail);
    }

    /** An entry for what the portal did by itself (a deadline passed), in the caller's transaction, named as the portal. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordPortal(String action, AuditTarget target, @Nullable String detail) {
        insert(null, PORTAL, null, action, target, detail);
    }

    /** Entries for many targets of one action (a CSV import), in one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(Actor actor, String action, List<AuditTarget> targets, @Nullable String detail) {
        Instant now = now();
        jdbc.batchUpdate(INSERT, targets, 500, (ps, t) -> bind(ps, now, actor.memberId(), actor.name(),
                actor.associationId(), action, t, detail));
    }

    /**
     * An entry committed on its own, at once, whatever happens to the caller's transaction: for what happens
     * where no transaction is, or in one that fails (a refused login, a refused read).
     */
    public void recordAlone(@Nullable Long actorId, String actorName, @Nullable Long associationId, String action,
            AuditTarget target, @Nullable String detail) {
        Instant now = now();
        // straight from the pool, not through JdbcTemplate: inside a caller's transaction Spring would bind the
        // connection to that transaction and keep it until it ends. Four callers holding the four connections while
        // waiting for a row lock held by a fifth, which needed one of them, deadlocked until the pool's timeout
        // (thirty wrong codes at once: LoginAttacksIntegrationTest)
        try (var c = alonePool.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            bind(ps, now, actorId, actorName, associationId, action, target, detail);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("access-log entry not written: " + action, e);
        }
    }

    private static final String INSERT = """
            INSERT INTO audit_event (occurred_at, association_id, actor_association_id, actor_id, actor_name, action,
                                     target_type, target_id, target_label, patient_id, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private void insert(@Nullable Long actorId, String actorName, @Nullable Long actorAssociation, String action,
            AuditTarget target, @Nullable String detail) {
        Instant now = now();
        jdbc.update(INSERT, ps -> bind(ps, now, actorId, actorName, actorAssociation, action, target, detail));
    }

    /** The entry belongs to the target's association (or the actor's, for targets of none) and to the actor's. */
    private static void bind(PreparedStatement ps, Instant at, @Nullable Long actorId, String actorName,
            @Nullable Long actorAssociation, String action, AuditTarget target, @Nullable String detail)
            throws SQLException {
        ps.setObject(1, SqlTime.of(at));
        setLong(ps, 2, target.associationId() != null ? target.associationId() : actorAssociation);
        setLong(ps, 3, actorAssociation);
        setLong(ps, 4, actorId);
        ps.setString(5, cut(actorName, 200));
        ps.setString(6, action);
        ps.setString(7, target.type());
        setLong(ps, 8, target.id());
        ps.setString(9, cut(target.label(), 300));
        setLong(ps, 10, target.patientId());
        ps.setString(11, detail);
    }

    private Instant now() {
        // the column keeps microseconds; the hash chain recomputes from what was stored
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static void setLong(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
