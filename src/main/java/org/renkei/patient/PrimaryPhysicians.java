package org.renkei.patient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberSummary;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose 主治医 is where: the patients a facility's doctors (or the facility as a whole) hold the 主治医 place of, and
 * for a set of patients, their 主治医, nurse stations and current summary in a few queries, whatever the number of
 * patients. Nothing here decides access: the on-call module reads through it for covers it has already checked.
 */
@Component
@Transactional(readOnly = true)
public class PrimaryPhysicians {

    private final NamedParameterJdbcTemplate jdbc;
    private final DirectoryLookup directory;
    private final SummaryJson json;

    PrimaryPhysicians(NamedParameterJdbcTemplate jdbc, DirectoryLookup directory, SummaryJson json) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.json = json;
    }

    /** The active patients whose 主治医 is one of the facility's members, or the facility itself, by kana. */
    public List<Long> patientsOf(long facilityId) {
        List<Long> doctors = directory.activeMemberIds(facilityId);
        MapSqlParameterSource p = new MapSqlParameterSource("facility", facilityId)
                .addValue("members", doctors.isEmpty() ? List.of(-1L) : doctors);
        return jdbc.queryForList("""
                SELECT p.id FROM patient p WHERE p.status = 'ACTIVE' AND EXISTS (
                  SELECT 1 FROM care_team_member t WHERE t.patient_id = p.id AND t.removed_at IS NULL
                    AND t.role = 'PRIMARY_PHYSICIAN' AND (t.facility_id = :facility OR t.member_id IN (:members)))
                ORDER BY p.name_kana, p.id""", p, Long.class);
    }

    /** The patients whose 主治医 is this member, by kana. */
    public List<Long> patientsOfDoctor(long memberId) {
        return jdbc.queryForList("""
                SELECT p.id FROM patient p JOIN care_team_member t ON t.patient_id = p.id AND t.removed_at IS NULL
                  AND t.role = 'PRIMARY_PHYSICIAN' AND t.member_id = :member
                WHERE p.status = 'ACTIVE' ORDER BY p.name_kana, p.id""", Map.of("member", memberId), Long.class);
    }

    /** These patients with their 主治医, nurse stations and current summary, in the order asked (unknown ids left out). */
    public Map<Long, CoveredPatient> find(Collection<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = new LinkedHashSet<>(patientIds);
        Map<Long, List<Object[]>> places = new HashMap<>();
        jdbc.query("""
                SELECT patient_id, member_id, facility_id, role FROM care_team_member
                WHERE patient_id IN (:ids) AND removed_at IS NULL AND role IN ('PRIMARY_PHYSICIAN', 'VISITING_NURSE')
                ORDER BY id""", Map.of("ids", ids), rs -> {
            places.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Object[] {
                    rs.getObject(2, Long.class), rs.getObject(3, Long.class), TeamRole.valueOf(rs.getString(4))});
        });
        Set<Long> memberIds = new LinkedHashSet<>();
        places.values().forEach(l -> l.forEach(r -> {
            if (r[0] != null) {
                memberIds.add((Long) r[0]);
            }
        }));
        Map<Long, MemberSummary> members = directory.members(memberIds);
        Map<Long, Long> facilityOf = new HashMap<>();
        members.values().forEach(m -> {
            if (m.facilityId() != null) {
                facilityOf.put(m.id(), m.facilityId());
            }
        });
        Set<Long> facilityIds = new LinkedHashSet<>(facilityOf.values());
        places.values().forEach(l -> l.forEach(r -> {
            if (r[1] != null) {
                facilityIds.add((Long) r[1]);
            }
        }));
        Map<Long, FacilityType> types = new HashMap<>();
        directory.facilities(facilityIds).values().forEach(f -> types.put(f.id(), f.type()));
        Map<Long, CoveredPatient> out = new LinkedHashMap<>();
        Map<Long, CoveredPatient> byId = new HashMap<>();
        jdbc.query("""
                SELECT p.id, p.name, p.name_kana, p.birth_date, p.sex, p.address, p.phone, p.status, p.association_id,
                       p.managing_facility_id, p.summary_version, v.content
                FROM patient p LEFT JOIN summary_version v ON v.patient_id = p.id AND v.version = p.summary_version
                WHERE p.id IN (:ids)""", Map.of("ids", ids), rs -> {
            long id = rs.getLong(1);
            Long primaryMember = null;
            Long primaryFacility = null;
            List<Long> stations = new ArrayList<>();
            for (Object[] r : places.getOrDefault(id, List.of())) {
                Long member = (Long) r[0];
                Long facility = member != null ? facilityOf.get(member) : (Long) r[1];
                if (r[2] == TeamRole.PRIMARY_PHYSICIAN && primaryFacility == null) {
                    primaryMember = member;
                    primaryFacility = facility;
                } else if (r[2] == TeamRole.VISITING_NURSE && facility != null
                        && types.get(facility) == FacilityType.VISITING_NURSE_STATION && !stations.contains(facility)) {
                    stations.add(facility);
                }
            }
            String content = rs.getString(12);
            byId.put(id, new CoveredPatient(id, rs.getString(2), rs.getString(3), rs.getObject(4, java.time.LocalDate.class),
                    Sex.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), PatientStatus.valueOf(rs.getString(8)),
                    rs.getLong(9), rs.getLong(10), primaryMember, primaryFacility, stations, rs.getInt(11),
                    content == null ? PatientSummary.empty() : json.read(content)));
        });
        ids.forEach(id -> {
            CoveredPatient p = byId.get(id);
            if (p != null) {
                out.put(id, p);
            }
        });
        return out;
    }

    /** A patient's 主治医: the member (none when a whole facility holds the place) and the facility. */
    public record Primary(@Nullable Long memberId, long facilityId) {}

    /**
     * Who holds the patient's 主治医 place, in two small queries, without the summary: for checks that run on every
     * read (whether a member covers the patient now). Null when the place is empty.
     */
    public @Nullable Primary primaryOf(long patientId) {
        List<Object[]> rows = jdbc.query("""
                SELECT member_id, facility_id FROM care_team_member WHERE patient_id = :patient AND removed_at IS NULL
                  AND role = 'PRIMARY_PHYSICIAN' ORDER BY id LIMIT 1""", Map.of("patient", patientId),
                (rs, n) -> new Object[] {rs.getObject(1, Long.class), rs.getObject(2, Long.class)});
        if (rows.isEmpty()) {
            return null;
        }
        Long member = (Long) rows.getFirst()[0];
        Long facility = member == null ? (Long) rows.getFirst()[1] : facilityOf(member);
        return facility == null ? null : new Primary(member, facility);
    }

    private @Nullable Long facilityOf(long memberId) {
        MemberSummary m = directory.members(List.of(memberId)).get(memberId);
        return m == null ? null : m.facilityId();
    }

    /** One patient, or null. */
    public @Nullable CoveredPatient find(long patientId) {
        return find(List.of(patientId)).get(patientId);
    }
}
