package org.renkei.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.renkei.security.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member's own notices: how many are unread, the newest, marking them read. */
@Service
@Transactional
public class NoticeService {

    /** Arguments are joined with a character no text contains. */
    static final String SEPARATOR = "\u001f";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    NoticeService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int unread(Actor actor) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE member_id = ? AND read_at IS NULL",
                Integer.class, actor.memberId());
        return n == null ? 0 : n;
    }

    @Transactional(readOnly = true)
    public List<Notice> newest(Actor actor, int limit) {
        return jdbc.query("""
                SELECT id, kind, message_key, arguments, link, created_at, read_at FROM notice
                WHERE member_id = ? ORDER BY id DESC LIMIT ?""",
                (rs, i) -> new Notice(rs.getLong(1), rs.getString(2), rs.getString(3), split(rs.getString(4)),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) != null),
                actor.memberId(), limit);
    }

    public void markAllRead(Actor actor) {
        jdbc.update("UPDATE notice SET read_at = ? WHERE member_id = ? AND read_at IS NULL",
                Timestamp.from(Instant.now(clock)), actor.memberId());
    }

    public void markRead(Actor actor, long noticeId) {
        jdbc.update("UPDATE notice SET read_at = ? WHERE id = ? AND member_id = ? AND read_at IS NULL",
                Timestamp.from(Instant.now(clock)), noticeId, actor.memberId());
    }

    static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(joined.split(SEPARATOR, -1)));
    }
}
