package org.renkei.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.Inputs;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.Kana;
import org.renkei.platform.OffsetLimit;
import org.renkei.platform.SqlTime;
import org.renkei.security.Actor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 対応可能施設の検索: active facilities that take on what a patient needs, in a district, taking new patients now. Every
 * member may search (as the member directory); the coordination desk picks candidates for an inquiry with it and the
 * API hands it out. Two queries per page whatever its length: the page of facilities, then their capabilities and
 * districts together. Those accepting now come first, then those asking to be consulted, then the unknown, then the full;
 * within each, by reading.
 */
@Service
@Transactional(readOnly = true)
public class CapabilitySearch {

    private static final String SELECT = """
            SELECT f.id, f.name, f.name_kana, f.type, f.association_id, f.phone, f.postal_code, f.address, own.name AS own_district,
                   p.radius_km, p.hours, p.intake, p.intake_confirmed_at
            FROM facility f
            LEFT JOIN capability_profile p ON p.facility_id = f.id
            LEFT JOIN district own ON own.id = f.district_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    CapabilitySearch(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A page of the facilities that match, for any member (or a program of the API). */
    public List<FacilityCapabilityInfo> find(Actor actor, CapabilityQuery query, int offset, int limit) {
        Permissions.requireMember(actor);
        if (query.type() != null && Capability.declarableBy(query.type()).isEmpty()) {
            throw new InvalidInputException("type", "capability.type-declares-nothing");
        }
        Instant now = Instant.now(clock);
        MapSqlParameterSource params = new MapSqlParameterSource("freshSince", SqlTime.of(now.minus(Intake.FRESH_FOR)));
        StringBuilder sql = new StringBuilder(SELECT).append("WHERE f.status = 'ACTIVE'");
        if (query.type() != null) {
            sql.append(" AND f.type = :type");
            params.addValue("type", query.type().name());
        } else {
            sql.append(" AND f.type IN (:types)");
            params.addValue("types", Capability.declaringTypes().stream().map(Enum::name).toList());
        }
        if (!query.capabilities().isEmpty()) {
            sql.append(" ").append("""
                     AND f.id IN (SELECT c.facility_id FROM facility_capability c WHERE c.capability IN (:capabilities)
                                  GROUP BY c.facility_id HAVING COUNT(*) = :capabilityCount)""");
            params.addValue("capabilities", query.capabilities().stream().map(Enum::name).toList());
            params.addValue("capabilityCount", query.capabilities().size());
        }
        if (query.districtId() != null) {
            // a facility that named no district serves its own
            sql.append(" ").append("""
                     AND (f.id IN (SELECT s.facility_id FROM facility_service_district s WHERE s.district_id = :district)
                          OR (f.district_id = :district
                              AND NOT EXISTS (SELECT 1 FROM facility_service_district s WHERE s.facility_id = f.id)))""");
            params.addValue("district", query.districtId());
        }
        if (query.intake() != IntakeFilter.ANY) {
            sql.append(" AND p.intake IN (:intakes) AND p.intake_confirmed_at > :freshSince");
            params.addValue("intakes", query.intake().keeps().stream().map(Enum::name).toList());
        }
        String text = Inputs.blank(query.text());
        if (text != null) {
            sql.append(" AND (f.name LIKE :text OR f.name_kana LIKE :kana)");
            params.addValue("text", "%" + text + "%");
            params.addValue("kana", "%" + Kana.normalize(text) + "%");
        }
        sql.append(" ").append("""
                 ORDER BY CASE WHEN p.intake_confirmed_at > :freshSince
                               THEN CASE p.intake WHEN 'ACCEPTING' THEN 0 WHEN 'ASK' THEN 1 WHEN 'FULL' THEN 3 ELSE 2 END
                               ELSE 2 END, f.name_kana, f.id
                 LIMIT :limit OFFSET :offset""");
        OffsetLimit page = OffsetLimit.of(offset, limit);
        params.addValue("limit", page.limit());
        params.addValue("offset", page.offset());
        return complete(jdbc.query(sql.toString(), params, (rs, n) -> row(rs, now)));
    }

    /** One facility, whatever its state (the caller decides who may read it); empty when there is none. */
    Optional<FacilityCapabilityInfo> facility(long id) {
        Instant now = Instant.now(clock);
        return complete(jdbc.query(SELECT + "WHERE f.id = :id", new MapSqlParameterSource("id", id), (rs, n) -> row(rs, now)))
                .stream().findFirst();
    }

    /** The page's capabilities and served districts, in one query, added to its rows. */
    private List<FacilityCapabilityInfo> complete(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Capability>> capabilities = new HashMap<>();
        Map<Long, List<String>> districts = new HashMap<>();
        jdbc.query("""
                SELECT c.facility_id, 'C' AS kind, c.capability AS value FROM facility_capability c WHERE c.facility_id IN (:ids)
                UNION ALL
                SELECT s.facility_id, 'D', d.name FROM facility_service_district s JOIN district d ON d.id = s.district_id
                WHERE s.facility_id IN (:ids)
                ORDER BY 1, 2, 3""", new MapSqlParameterSource("ids", rows.stream().map(Row::id).toList()), rs -> {
            long id = rs.getLong(1);
            if (rs.getString(2).equals("C")) {
                capabilities.computeIfAbsent(id, k -> EnumSet.noneOf(Capability.class)).add(Capability.valueOf(rs.getString(3)));
            } else {
                districts.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(3));
            }
        });
        List<FacilityCapabilityInfo> page = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<String> served = districts.getOrDefault(r.id(), r.ownDistrict() == null ? List.of() : List.of(r.ownDistrict()));
            List<Capability> takes = capabilities.getOrDefault(r.id(), Set.of()).stream()
                    .sorted(Comparator.naturalOrder()).toList();
            page.add(new FacilityCapabilityInfo(r.id(), r.name(), r.nameKana(), r.type(), r.associationId(), r.phone(),
                    r.postalCode(), r.address(), served, takes, r.radiusKm(), r.hours(), r.intake(), r.confirmedAt()));
        }
        return page;
    }

    private record Row(long id, String name, String nameKana, FacilityType type, long associationId, String phone,
            String postalCode, String address, @Nullable String ownDistrict, @Nullable Integer radiusKm, @Nullable String hours,
            Intake intake, @Nullable Instant confirmedAt) {}

    private static Row row(ResultSet rs, Instant now) throws SQLException {
        String declared = rs.getString("intake");
        Timestamp confirmed = rs.getTimestamp("intake_confirmed_at");
        Instant confirmedAt = confirmed == null ? null : confirmed.toInstant();
        return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("name_kana"), FacilityType.valueOf(rs.getString("type")),
                rs.getLong("association_id"), rs.getString("phone"), rs.getString("postal_code"), rs.getString("address"),
                rs.getString("own_district"), rs.getObject("radius_km", Integer.class), rs.getString("hours"),
                Intake.asOf(declared == null ? null : Intake.valueOf(declared), confirmedAt, now), confirmedAt);
    }
}
