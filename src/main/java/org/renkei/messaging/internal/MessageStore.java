package org.renkei.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.messaging.AttachmentInfo;
import org.renkei.messaging.ChatMessage;
import org.renkei.messaging.Conversation;
import org.renkei.messaging.ConversationKind;
import org.renkei.messaging.Importance;
import org.renkei.messaging.Revision;
import org.renkei.platform.SqlTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** ConversationService and messages in the database. Each call is one or two statements. */
@Repository
public class MessageStore {

    private static final String MESSAGE_COLUMNS = """
            m.conversation_id, m.id, m.seq, m.author_id, m.author_name, m.client_id, m.body, m.importance, m.created_at,
            m.edited_at, m.deleted_at, a.id AS a_id, a.file_name, a.content_type, a.size,
            (SELECT COUNT(*) FROM message_ack k WHERE k.message_id = m.id) AS acks""";

    private final JdbcTemplate jdbc;

    MessageStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Conversation> conversation(long id) {
        return jdbc.query("SELECT id, kind, patient_id, title, created_by, last_seq FROM conversation WHERE id = ?",
                MessageStore::conversation, id).stream().findFirst();
    }

    public Optional<Conversation> patientRoom(long patientId) {
        return jdbc.query("SELECT id, kind, patient_id, title, created_by, last_seq FROM conversation WHERE patient_id = ?",
                MessageStore::conversation, patientId).stream().findFirst();
    }

    public Optional<Conversation> direct(String key) {
        return jdbc.query("SELECT id, kind, patient_id, title, created_by, last_seq FROM conversation WHERE direct_key = ?",
                MessageStore::conversation, key).stream().findFirst();
    }

    /** Inserts a conversation; returns its id. A unique key (patient room, direct pair) may refuse it. */
    public long insertConversation(ConversationKind kind, @Nullable Long patientId, @Nullable String directKey,
            @Nullable String title, long createdBy, Instant now) {
        return insert("""
                INSERT INTO conversation (kind, patient_id, direct_key, title, created_by, created_at, last_seq)
                VALUES (?, ?, ?, ?, ?, ?, 0)""", kind.name(), patientId, directKey, title, createdBy, Timestamp.from(now));
    }

    /** Inserts one row and returns its generated id. */
    private long insert(String sql, @Nullable Object... values) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    public void addMember(long conversationId, long memberId, Instant now) {
        jdbc.update("""
                INSERT INTO conversation_member (conversation_id, member_id, joined_at) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE left_at = NULL, joined_at = VALUES(joined_at)""", conversationId, memberId,
                Timestamp.from(now));
    }

    public void removeMember(long conversationId, long memberId, Instant now) {
        jdbc.update("UPDATE conversation_member SET left_at = ? WHERE conversation_id = ? AND member_id = ? AND left_at IS NULL",
                Timestamp.from(now), conversationId, memberId);
    }

    public boolean isMember(long conversationId, long memberId) {
        Integer n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM conversation_member WHERE conversation_id = ? AND member_id = ? AND left_at IS NULL""",
                Integer.class, conversationId, memberId);
        return n != null && n > 0;
    }

    public List<Long> members(long conversationId) {
        return jdbc.queryForList("SELECT member_id FROM conversation_member WHERE conversation_id = ? AND left_at IS NULL",
                Long.class, conversationId);
    }

    /**
     * Takes the next number of the conversation and records the new last message. The row lock it takes
     * orders the posts of one conversation; other conversations are not held up.
     */
    public long nextSeq(long conversationId, String preview, String author, Instant now) {
        // one statement: the number comes back as the connection's LAST_INSERT_ID (in the server's answer), no second read
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int updated = jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    UPDATE conversation SET last_seq = LAST_INSERT_ID(last_seq + 1), last_message_at = ?, last_preview = ?,
                                            last_author = ?
                    WHERE id = ?""", java.sql.Statement.RETURN_GENERATED_KEYS);
            ps.setObject(1, SqlTime.of(now));
            ps.setString(2, preview);
            ps.setString(3, author);
            ps.setLong(4, conversationId);
            return ps;
        }, key);
        if (updated != 1) {
            throw new IllegalStateException("no conversation " + conversationId);
        }
        Number seq = key.getKeyList().isEmpty() ? null : (Number) key.getKeyList().getFirst().values().iterator().next();
        if (seq == null || seq.longValue() == 0) {
            Long again = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
            return again == null ? 0 : again;
        }
        return seq.longValue();
    }

    public long insertMessage(long conversationId, long seq, long authorId, String authorName, String clientId, String body,
            Importance importance, @Nullable Long attachmentId, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    INSERT INTO message (conversation_id, seq, author_id, author_name, client_id, body, importance,
                                         attachment_id, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, conversationId);
            ps.setLong(2, seq);
            ps.setLong(3, authorId);
            ps.setString(4, authorName);
            ps.setString(5, clientId);
            ps.setString(6, body);
            ps.setString(7, importance.name());
            ps.setObject(8, attachmentId);
            ps.setObject(9, SqlTime.of(now));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** Locks the conversation's row until the transaction ends: posts to one conversation take turns. */
    public void lock(long conversationId) {
        jdbc.queryForList("SELECT id FROM conversation WHERE id = ? FOR UPDATE", Long.class, conversationId);
    }

    /**
     * The message a sender already stored under this client id. No lock: a retry racing its first send is caught by the
     * unique key ({@code message_client}) when it inserts.
     */
    public Optional<ChatMessage> byClientId(long authorId, String clientId) {
        Long id = jdbc.queryForList("SELECT id FROM message WHERE author_id = ? AND client_id = ?", Long.class,
                authorId, clientId).stream().findFirst().orElse(null);
        return id == null ? Optional.empty() : message(id);
    }

    public Optional<ChatMessage> message(long messageId) {
        return jdbc.query("SELECT " + MESSAGE_COLUMNS + " FROM message m LEFT JOIN attachment a ON a.id = m.attachment_id"
                + " WHERE m.id = ?", MessageStore::message, messageId).stream().findFirst();
    }

    /** MessageService with numbers in (after, upTo], oldest first. */
    public List<ChatMessage> range(long conversationId, long after, long upTo) {
        return jdbc.query("SELECT " + MESSAGE_COLUMNS + " FROM message m LEFT JOIN attachment a ON a.id = m.attachment_id"
                + " WHERE m.conversation_id = ? AND m.seq > ? AND m.seq <= ? ORDER BY m.seq", MessageStore::message,
                conversationId, after, upTo);
    }

    /** Keeps the old text as a revision and changes (or empties) the message; returns the revision's id. */
    public long revise(long messageId, String kind, String oldBody, @Nullable String newBody, Instant now) {
        long revision = insert("INSERT INTO message_revision (message_id, kind, body, revised_at) VALUES (?, ?, ?, ?)", messageId,
                kind, oldBody, Timestamp.from(now));
        if (newBody == null) {
            jdbc.update("UPDATE message SET body = '', deleted_at = ? WHERE id = ?", Timestamp.from(now), messageId);
        } else {
            jdbc.update("UPDATE message SET body = ?, edited_at = ? WHERE id = ?", newBody, Timestamp.from(now), messageId);
        }
        return revision;
    }

    public List<Revision> revisions(long messageId) {
        return jdbc.query("SELECT kind, body, revised_at FROM message_revision WHERE message_id = ? ORDER BY id",
                (rs, i) -> new Revision(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
                messageId);
    }

    /** Records a confirmation; false if the member had confirmed already. */
    public boolean ack(long messageId, long memberId, Instant now) {
        return jdbc.update("INSERT IGNORE INTO message_ack (message_id, member_id, acked_at) VALUES (?, ?, ?)", messageId,
                memberId, Timestamp.from(now)) > 0;
    }

    public Map<Long, Instant> acks(long messageId) {
        return jdbc.query("SELECT member_id, acked_at FROM message_ack WHERE message_id = ?",
                (rs, i) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant()), messageId).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Which of the conversation's messages numbered from..to the member confirmed. */
    public Set<Long> ackedBy(long conversationId, long memberId, long fromSeq, long toSeq) {
        return new HashSet<>(jdbc.queryForList("""
                SELECT k.message_id FROM message_ack k JOIN message m ON m.id = k.message_id
                WHERE m.conversation_id = ? AND m.seq BETWEEN ? AND ? AND k.member_id = ?""", Long.class,
                conversationId, fromSeq, toSeq, memberId));
    }

    public void markRead(long conversationId, long memberId, long seq, Instant now) {
        jdbc.update("""
                INSERT INTO conversation_read (conversation_id, member_id, last_read_seq, read_at) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE last_read_seq = GREATEST(last_read_seq, VALUES(last_read_seq)), read_at = VALUES(read_at)""",
                conversationId, memberId, seq, Timestamp.from(now));
    }

    public long attach(long conversationId, long uploaderId, String fileName, String contentType, byte[] content, String sha256,
            Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    INSERT INTO attachment (conversation_id, uploader_id, file_name, content_type, size, sha256, content, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, conversationId);
            ps.setLong(2, uploaderId);
            ps.setString(3, fileName);
            ps.setString(4, contentType);
            ps.setInt(5, content.length);
            ps.setString(6, sha256);
            ps.setBytes(7, content);
            ps.setTimestamp(8, Timestamp.from(now));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** An attachment's conversation, uploader and metadata. */
    public record AttachmentRow(long conversationId, long uploaderId, AttachmentInfo info) {}

    public Optional<AttachmentRow> attachment(long id) {
        return jdbc.query("SELECT conversation_id, uploader_id, id, file_name, content_type, size FROM attachment WHERE id = ?",
                (rs, i) -> new AttachmentRow(rs.getLong(1), rs.getLong(2),
                        new AttachmentInfo(rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6))), id)
                .stream().findFirst();
    }

    public byte[] attachmentContent(long id) {
        return jdbc.queryForObject("SELECT content FROM attachment WHERE id = ?", byte[].class, id);
    }

    /** Urgent messages of the last day whose reminder is due. */
    public List<ChatMessage> urgentDue(Instant since, Instant remindBefore) {
        return jdbc.query("SELECT " + MESSAGE_COLUMNS + " FROM message m LEFT JOIN attachment a ON a.id = m.attachment_id"
                + " WHERE m.importance = 'URGENT' AND m.created_at > ? AND m.deleted_at IS NULL"
                + " AND COALESCE(m.last_reminded_at, m.created_at) < ?", MessageStore::message, Timestamp.from(since),
                Timestamp.from(remindBefore));
    }

    public void reminded(long messageId, Instant now) {
        jdbc.update("UPDATE message SET last_reminded_at = ? WHERE id = ?", Timestamp.from(now), messageId);
    }

    static Conversation conversation(ResultSet rs, int row) throws SQLException {
        long patient = rs.getLong(3);
        return new Conversation(rs.getLong(1), ConversationKind.valueOf(rs.getString(2)), rs.wasNull() ? null : patient,
                rs.getString(4), rs.getLong(5), rs.getLong(6));
    }

    static ChatMessage message(ResultSet rs, int row) throws SQLException {
        long attachmentId = rs.getLong("a_id");
        AttachmentInfo attachment = rs.wasNull() ? null
                : new AttachmentInfo(attachmentId, rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size"));
        Timestamp edited = rs.getTimestamp("edited_at");
        Timestamp deleted = rs.getTimestamp("deleted_at");
        return new ChatMessage(rs.getLong("conversation_id"), rs.getLong("id"), rs.getLong("seq"), rs.getLong("author_id"),
                rs.getString("author_name"), rs.getString("client_id"), rs.getString("body"),
                Importance.valueOf(rs.getString("importance")), rs.getTimestamp("created_at").toInstant(),
                edited == null ? null : edited.toInstant(), deleted != null, attachment, rs.getInt("acks"));
    }

    static String in(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
