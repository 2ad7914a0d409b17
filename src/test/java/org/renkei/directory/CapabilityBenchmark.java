package org.renkei.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A search by capability and area on 2,000 facilities of one association (docs/benchmarks.md). Runs only with
 * {@code ./mvnw -Pbenchmark test -Dtest=CapabilityBenchmark}; prints percentiles, asserts only what must be true.
 */
@Tag("benchmark")
@RenkeiTest
class CapabilityBenchmark {

    static final int FACILITIES = Integer.getInteger("bench.facilities", 2_000);
    static final int DISTRICTS = 10;
    static final int WARM_UP = 300;
    static final int SAMPLES = 500;

    /** The kinds that declare, as often as they are in a Tokyo ward: many clinics, stations and pharmacies, few hospitals. */
    static final FacilityType[] KINDS = {FacilityType.CLINIC, FacilityType.CLINIC, FacilityType.CLINIC,
            FacilityType.VISITING_NURSE_STATION, FacilityType.VISITING_NURSE_STATION, FacilityType.PHARMACY,
            FacilityType.PHARMACY, FacilityType.DENTAL_CLINIC, FacilityType.DENTAL_CLINIC, FacilityType.HOSPITAL};

    @Autowired Fixtures fixtures;
    @Autowired AssociationService associations;
    @Autowired CapabilitySearch search;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aSearchByCapabilityAndAreaOnTwoThousandFacilities() {
        Random random = new Random(17);
        String code = Fixtures.unique("bench");
        List<String> names = new ArrayList<>();
        for (int d = 0; d < DISTRICTS; d++) {
            names.add(code + "-" + d + "区");
        }
        AssociationInfo association = associations.create(fixtures.operator(), new AssociationService.NewAssociation(code,
                code + "医師会", "ベンチイシカイ", "東京都", null, null, names));
        List<Long> districts = associations.districts().stream().filter(d -> d.associationId() == association.id())
                .map(DistrictInfo::id).toList();
        long started = System.nanoTime();
        Map<Long, FacilityType> created = generate(association.id(), districts, random);
        System.out.printf("%nBENCHMARK generated %d facilities with their capabilities in %d ms%n", created.size(),
                (System.nanoTime() - started) / 1_000_000);
        jdbc.execute("ANALYZE TABLE facility, capability_profile, facility_capability, facility_service_district");

        Actor actor = fixtures.actor("dr-yamada");
        List<CapabilityQuery> queries = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            queries.add(query(districts, random));
        }
        for (int i = 0; i < WARM_UP; i++) {
            search.find(actor, queries.get(i), 0, 20);
        }
        long[] micros = new long[SAMPLES];
        long found = 0;
        for (int i = 0; i < SAMPLES; i++) {
            CapabilityQuery q = queries.get(WARM_UP + i);
            long start = System.nanoTime();
            List<FacilityCapabilityInfo> page = search.find(actor, q, 0, 20);
            micros[i] = (System.nanoTime() - start) / 1_000;
            found += page.size();
            for (FacilityCapabilityInfo f : page) {
                assertThat(f.capabilities()).containsAll(q.capabilities());
                assertThat(f.intake()).isIn(q.intake().keeps());
            }
        }
        long[] candidates = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            CapabilityQuery q = CapabilityQuery.candidates(districts.get(random.nextInt(DISTRICTS)), IntakeFilter.ACCEPTING_OR_ASK,
                    Set.of(Capability.VENTILATOR, Capability.HOME_OXYGEN));
            long start = System.nanoTime();
            search.find(actor, q, 0, 20);
            candidates[i] = (System.nanoTime() - start) / 1_000;
        }
        System.out.printf("BENCHMARK data: %d facilities, %d capability rows, %d served-district rows; %.1f results a page on average%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM facility WHERE association_id = ?", Long.class, association.id()),
                jdbc.queryForObject("SELECT COUNT(*) FROM facility_capability", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM facility_service_district", Long.class), found / (double) SAMPLES);
        report("varied searches (district, 0-3 capabilities, type, intake, text; first page of 20)", micros);
        report("candidates for a ventilated patient (district, 2 capabilities, accepting or ask)", candidates);
        System.out.println();
    }

    /** The facilities, their profiles, capabilities and served districts, in four batches. */
    private Map<Long, FacilityType> generate(long association, List<Long> districts, Random random) {
        Instant now = Instant.now();
        Timestamp created = Timestamp.from(now.minus(Duration.ofDays(400)));
        List<Object[]> facilityRows = new ArrayList<>();
        String prefix = "ベンチ施設 " + association + "-";
        for (int i = 0; i < FACILITIES; i++) {
            FacilityType type = KINDS[random.nextInt(KINDS.length)];
            String status = random.nextInt(20) == 0 ? "SUSPENDED" : "ACTIVE";
            facilityRows.add(new Object[] {association, districts.get(random.nextInt(districts.size())), type.name(), prefix + i,
                    "ベンチシセツ" + (char) ('ア' + random.nextInt(40)) + i, "170-0001", "東京都ベンチ区1-" + i, "03-0000-" + (1000 + i % 9000),
                    "bench" + i + "@example.jp", status, created, created, created, created});
        }
        jdbc.batchUpdate("""
                INSERT INTO facility (association_id, district_id, type, name, name_kana, postal_code, address, phone, email, status,
                                      applied_at, decided_at, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", facilityRows);
        Map<Long, FacilityType> types = new HashMap<>();
        jdbc.query("SELECT id, type FROM facility WHERE association_id = ? AND name LIKE ?", rs -> {
            types.put(rs.getLong(1), FacilityType.valueOf(rs.getString(2)));
        }, association, prefix + "%");
        List<Object[]> profiles = new ArrayList<>();
        List<Object[]> capabilities = new ArrayList<>();
        List<Object[]> served = new ArrayList<>();
        Intake[] intakes = {Intake.ACCEPTING, Intake.ACCEPTING, Intake.ASK, Intake.FULL, null};
        for (var e : types.entrySet()) {
            Intake intake = intakes[random.nextInt(intakes.length)];
            Timestamp confirmed = intake == null ? null : Timestamp.from(now.minus(Duration.ofHours(random.nextInt(60 * 24))));
            Integer radius = random.nextBoolean() ? null : 4 + random.nextInt(13);
            profiles.add(new Object[] {e.getKey(), radius, "平日 9:00〜18:00", intake == null ? null : intake.name(), confirmed,
                    Timestamp.from(now)});
            for (Capability c : Capability.declarableBy(e.getValue())) {
                if (random.nextInt(10) < 4) {
                    capabilities.add(new Object[] {e.getKey(), c.name()});
                }
            }
            if (random.nextInt(10) >= 3) {
                Set<Long> some = new HashSet<>();
                for (int n = 1 + random.nextInt(3); some.size() < n; ) {
                    some.add(districts.get(random.nextInt(districts.size())));
                }
                some.forEach(d -> served.add(new Object[] {e.getKey(), d}));
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO capability_profile (facility_id, radius_km, hours, intake, intake_confirmed_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, 0)""", profiles);
        jdbc.batchUpdate("INSERT INTO facility_capability (facility_id, capability) VALUES (?, ?)", capabilities);
        jdbc.batchUpdate("INSERT INTO facility_service_district (facility_id, district_id) VALUES (?, ?)", served);
        return types;
    }

    /** What a desk or a nurse asks: a district, mostly one to three capabilities, sometimes a kind, an intake, a name. */
    private static CapabilityQuery query(List<Long> districts, Random random) {
        Capability[] all = Capability.values();
        Set<Capability> wanted = EnumSet.noneOf(Capability.class);
        int n = random.nextInt(4);
        while (wanted.size() < n) {
            wanted.add(all[random.nextInt(all.length)]);
        }
        FacilityType type = random.nextBoolean() ? null : KINDS[random.nextInt(KINDS.length)];
        IntakeFilter intake = IntakeFilter.values()[random.nextInt(IntakeFilter.values().length)];
        String text = random.nextInt(10) == 0 ? "ベンチシセツ" + (char) ('ア' + random.nextInt(40)) : null;
        return new CapabilityQuery(type, wanted, districts.get(random.nextInt(districts.size())), intake, text);
    }

    private static void report(String what, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCHMARK %s, %d searches: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, sorted.length,
                sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.95)] / 1000.0,
                sorted[(int) (sorted.length * 0.99)] / 1000.0, sorted[sorted.length - 1] / 1000.0);
    }
}
