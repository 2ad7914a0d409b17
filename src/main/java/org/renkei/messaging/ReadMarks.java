package org.renkei.messaging;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read mark a member's own post moves (what they wrote they have read), written after the post commits and in
 * batches: not one statement per post under the conversation's lock. Marks only grow, so the pending ones are kept per
 * conversation and member, the highest number winning, and written together every {@code renkei.messaging
 * .read-mark-interval} (200 ms) or before anyone reads the marks on this node. Bounded by the pairs that posted since
 * the last write. A crash loses at most that interval's marks: the next post or read moves them again.
 */
@Component
class ReadMarks {

    record Key(long conversationId, long memberId) {}

    private final Map<Key, Long> pending = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final Clock clock;

    ReadMarks(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Once the current transaction commits (at once without one). */
    void afterCommit(long conversationId, long memberId, long seq) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pending.merge(new Key(conversationId, memberId), seq, Math::max);
                }
            });
        } else {
            pending.merge(new Key(conversationId, memberId), seq, Math::max);
        }
    }

    /** Writes what is pending, in one batch (its own statements, outside any caller's transaction). */
    @Scheduled(fixedDelayString = "${renkei.messaging.read-mark-interval:200ms}")
    @PreDestroy
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (Key k : List.copyOf(pending.keySet())) {
            Long seq = pending.remove(k);
            if (seq != null) {
                rows.add(new Object[] {k.conversationId(), k.memberId(), seq, now});
            }
        }
        if (!rows.isEmpty()) {
            own.executeWithoutResult(status -> jdbc.batchUpdate("""
                    INSERT INTO conversation_read (conversation_id, member_id, last_read_seq, read_at) VALUES (?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE last_read_seq = GREATEST(last_read_seq, VALUES(last_read_seq)), read_at = VALUES(read_at)""",
                    rows));
        }
    }
}
