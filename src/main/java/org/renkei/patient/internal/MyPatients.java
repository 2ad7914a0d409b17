package org.renkei.patient.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.PatientStatus;
import org.renkei.patient.Sex;
import org.renkei.patient.TeamRole;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * 担当患者 in SQL: the patients whose team a member is on (themselves, through their facility, or, for a program
 * acting for its facility, through any member of it), with the member's roles and what they last saw. One query for
 * the page, one for the roles of all its rows. A program's reach reads the directory's {@code members} table
 * (decisions.md 13).
 */
@Repository
public class MyPatients {

    /** One row of the list, before the managing facility's name is looked up. */
    public record Row(long id, String name, String nameKana, LocalDate birthDate, Sex sex, PatientStatus status,
            long managingFacilityId, int summaryVersion, Instant lastActivityAt, String lastActivityBy,
            @Nullable Integer seenVersion) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MyPatients(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The member's patients, most recently active first; frozen ones only for their managing facility. {@code like}
     * and {@code kana} are LIKE patterns for the name and its reading, both null for no search.
     */
    public List<Row> find(Actor actor, @Nullable String like, @Nullable String kana, long offset, int limit) {
        long facility = facility(actor);
        return jdbc.query("""
                SELECT p.id, p.name, p.name_kana, p.birth_date, p.sex, p.status, p.managing_facility_id, p.summary_version,
                       p.last_activity_at, p.last_activity_by, s.seen_version
                FROM patient p
                JOIN (SELECT patient_id FROM care_team_member WHERE member_id = ? AND removed_at IS NULL
                      UNION SELECT patient_id FROM care_team_member WHERE facility_id = ? AND removed_at IS NULL
                      UNION SELECT c.patient_id FROM care_team_member c JOIN members m ON m.id = c.member_id
                            WHERE ? AND m.facility_id = ? AND c.removed_at IS NULL) t
                  ON t.patient_id = p.id
                LEFT JOIN patient_seen s ON s.member_id = ? AND s.patient_id = p.id
                WHERE (p.status = 'ACTIVE' OR p.managing_facility_id = ?)
                  AND (? IS NULL OR p.name LIKE ? OR p.name_kana LIKE ?)
                ORDER BY p.last_activity_at DESC, p.id DESC LIMIT ? OFFSET ?""",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        Sex.valueOf(rs.getString(5)), PatientStatus.valueOf(rs.getString(6)), rs.getLong(7), rs.getInt(8),
                        rs.getTimestamp(9).toInstant(), rs.getString(10),
                        rs.getObject(11) == null ? null : rs.getInt(11)),
                actor.memberId(), facility, program(actor), facility, actor.memberId(), facility, like, like, kana, limit,
                offset);
    }

    /** The member's roles on each of the patients' teams. */
    public Map<Long, List<TeamRole>> roles(Actor actor, List<Long> patientIds) {
        Map<Long, List<TeamRole>> roles = new HashMap<>();
        if (patientIds.isEmpty()) {
            return roles;
        }
        String in = patientIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        long facility = facility(actor);
        jdbc.query("SELECT patient_id, role FROM care_team_member WHERE patient_id IN (" + in + ") AND removed_at IS NULL"
                        + " AND (member_id = ? OR facility_id = ? OR (? AND member_id IN (SELECT id FROM members WHERE facility_id = ?)))",
                rs -> {
                    roles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(TeamRole.valueOf(rs.getString(2)));
                }, actor.memberId(), facility, program(actor), facility);
        return roles;
    }

    /** The member has seen the patient at this summary version (for "changed since I last looked"). */
    public void markSeen(long memberId, long patientId, int summaryVersion) {
        jdbc.update("""
                INSERT INTO patient_seen (member_id, patient_id, seen_at, seen_version) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE seen_at = VALUES(seen_at), seen_version = VALUES(seen_version)""",
                memberId, patientId, Timestamp.from(Instant.now(clock)), summaryVersion);
    }

    private static long facility(Actor actor) {
        return actor.facilityId() == null ? -1 : actor.facilityId();
    }

    /** A program acting for its facility (API client) has the patients of every member of its facility as well. */
    private static boolean program(Actor actor) {
        return actor.has(Role.API_CLIENT);
    }
}
