package org.renkei.datagen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.renkei.patient.PatientSummary;
import org.renkei.security.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a metropolis worth of data: {@code members / 10} facilities in {@code members / 2,000}
 * associations, and patients each with a blanket consent, a team of five to seven drawn from facilities
 * of their association, and two summary versions. Every generated member can log in with the demo
 * password and TOTP secret. Deterministic for a seed.
 */
@Component
public class DataGenerator {

    /** A blanket consent in force, and a summary version: what every generated patient has. */
    private static final String INSERT_CONSENT = """
            INSERT INTO consent (patient_id, model, obtained_on, obtained_by, signer, signer_relation, status, created_at)
            VALUES (?, 'BLANKET', '2026-10-01', 0, '本人', '本人', 'ACTIVE', ?)""";
    private static final String INSERT_SUMMARY = """
            INSERT INTO summary_version (patient_id, version, author_id, author_name, created_at, note, content)
            VALUES (?, ?, 0, '生成データ', ?, NULL, ?)""";

    private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);
    public static final String PASSWORD = "Renkei-Demo-2026";
    public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPRENKEIDEMO234567";
    private static final String[] FAMILY = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田",
            "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水"};
    private static final String[] FAMILY_KANA = {"サトウ", "スズキ", "タカハシ", "タナカ", "イトウ", "ワタナベ", "ヤマモト", "ナカムラ",
            "コバヤシ", "カトウ", "ヨシダ", "ヤマダ", "ササキ", "ヤマグチ", "マツモト", "イノウエ", "キムラ", "ハヤシ", "サイトウ", "シミズ"};
    private static final String[] GIVEN = {"トメ", "一郎", "花子", "正男", "幸子", "清", "和子", "茂", "節子", "博"};
    private static final String[] GIVEN_KANA = {"トメ", "イチロウ", "ハナコ", "マサオ", "サチコ", "キヨシ", "カズコ", "シゲル", "セツコ", "ヒロシ"};
    /** Facility types in proportion, with the team role and profession their members take. */
    private static final String[][] KINDS = {
            {"CLINIC", "PHYSICIAN", "PRIMARY_PHYSICIAN"}, {"CLINIC", "PHYSICIAN", "PRIMARY_PHYSICIAN"},
            {"VISITING_NURSE_STATION", "NURSE", "VISITING_NURSE"}, {"VISITING_NURSE_STATION", "NURSE", "VISITING_NURSE"},
            {"CARE_MANAGEMENT_OFFICE", "CARE_MANAGER", "CARE_MANAGER"}, {"CARE_MANAGEMENT_OFFICE", "CARE_MANAGER", "CARE_MANAGER"},
            {"PHARMACY", "PHARMACIST", "PHARMACIST"}, {"HOME_HELP_OFFICE", "CARE_WORKER", "CARE_WORKER"},
            {"HOSPITAL", "NURSE", "HOSPITAL"}, {"DENTAL_CLINIC", "DENTIST", "DENTAL"}};

    /** What was generated. */
    public record Result(int associations, int facilities, int members, int patients, long teamPlaces, long millis) {}

    private final JdbcTemplate jdbc;
    private final Accounts accounts;
    private final JsonMapper json;
    private final Clock clock;

    DataGenerator(JdbcTemplate jdbc, Accounts accounts, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
    }

    public Result generate(int patients, int members, long seed) {
        long started = System.currentTimeMillis();
        Random random = new Random(seed);
        Timestamp now = Timestamp.from(Instant.now(clock));
        String run = Long.toString(seed, 36) + "-" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        int associations = Math.max(1, members / 2000);
        int facilitiesPerAssociation = Math.max(KINDS.length, members / 10 / associations);
        // generated accounts are for load tests, where thousands log in at once: bcrypt at cost 4 instead of 10
        String passwordHash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);

        List<long[]> facilitiesByAssociation = new ArrayList<>();
        List<Long> associationIds = new ArrayList<>();
        List<String[]> facilityKind = new ArrayList<>();
        for (int a = 0; a < associations; a++) {
            String code = "gen-" + run + "-" + a;
            jdbc.update("INSERT INTO association (code, name, name_kana, prefecture, created_at, version) VALUES (?, ?, ?, '東京都', ?, 0)",
                    code, "生成" + (a + 1) + "区医師会", "セイセイクイシカイ", now);
            long association = id("SELECT id FROM association WHERE code = ?", code);
            associationIds.add(association);
            jdbc.update("INSERT INTO district (association_id, name) VALUES (?, ?)", association, "生成" + (a + 1) + "区");
            List<Object[]> rows = new ArrayList<>();
            for (int f = 0; f < facilitiesPerAssociation; f++) {
                String[] kind = KINDS[f % KINDS.length];
                rows.add(new Object[] {association, kind[0], "生成施設" + (a + 1) + "-" + (f + 1), "セイセイシセツ", "100-0001",
                        "東京都生成" + (a + 1) + "区" + (f + 1), "03-0000-" + String.format("%04d", f % 10000),
                        "gen" + a + "-" + f + "@example.jp", now, now, now});
            }
            jdbc.batchUpdate("""
                    INSERT INTO facility (association_id, type, name, name_kana, postal_code, address, phone, email, status,
                                          applied_at, decided_at, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, 0)""",
                    rows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[10]})
                            .toList());
            facilitiesByAssociation.add(jdbc.queryForList("SELECT id FROM facility WHERE association_id = ? ORDER BY id",
                    Long.class, association).stream().mapToLong(Long::longValue).toArray());
        }
        for (int f = 0; f < facilitiesPerAssociation; f++) {
            facilityKind.add(KINDS[f % KINDS.length]);
        }
        log.info("Generated {} associations with {} facilities each", associations, facilitiesPerAssociation);

        int membersPerFacility = Math.max(1, members / (associations * facilitiesPerAssociation));
        List<Object[]> memberRows = new ArrayList<>(members);
        for (int a = 0; a < associations; a++) {
            long[] facilities = facilitiesByAssociation.get(a);
            for (int f = 0; f < facilities.length; f++) {
                for (int m = 0; m < membersPerFacility; m++) {
                    int n = memberRows.size();
                    memberRows.add(new Object[] {facilities[f], "gen-" + run + "-m" + n, FAMILY[n % FAMILY.length] + " 会員" + n,
                            FAMILY_KANA[n % FAMILY.length] + " カイイン", facilityKind.get(f)[1], "gen-m" + n + "@example.jp",
                            m == 0, now, now});
                }
            }
        }
        batch("""
                INSERT INTO members (facility_id, login_id, name, name_kana, profession, email, status, facility_admin,
                                     association_admin, system_admin, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, FALSE, FALSE, ?, ?, 0)""", memberRows);
        jdbc.update("""
                INSERT INTO credential (member_id, password_hash, password_changed_at, totp_secret, totp_enabled_at, failed_attempts, version)
                SELECT id, ?, ?, NULL, NULL, 0, 0 FROM members WHERE login_id LIKE ?""", passwordHash, now, "gen-" + run + "-m%");
        enrolAll(run);
        log.info("Generated {} members", memberRows.size());

        // members of each facility, for drawing teams
        Map<Long, long[]> staff = new HashMap<>();
        jdbc.query("SELECT facility_id, id FROM members WHERE login_id LIKE ? ORDER BY id", rs -> {
            long facility = rs.getLong(1);
            long member = rs.getLong(2);
            long[] current = staff.getOrDefault(facility, new long[0]);
            long[] next = Arrays.copyOf(current, current.length + 1);
            next[current.length] = member;
            staff.put(facility, next);
        }, "gen-" + run + "-m%");

        String summary = json.writeValueAsString(sampleSummary());
        String empty = json.writeValueAsString(PatientSummary.empty());
        long teamPlaces = 0;
        int chunk = 2_000;
        for (int start = 0; start < patients; start += chunk) {
            int count = Math.min(chunk, patients - start);
            List<Object[]> patientRows = new ArrayList<>(count);
            List<long[]> teams = new ArrayList<>(count);
            List<int[]> kinds = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int n = start + i;
                int a = random.nextInt(associations);
                long[] facilities = facilitiesByAssociation.get(a);
                int places = 5 + random.nextInt(3);
                long[] circle = new long[places];
                int[] kindOf = new int[places];
                for (int k = 0; k < places; k++) {
                    int kind = k < 5 ? (k * 2) % KINDS.length : random.nextInt(KINDS.length);
                    long facility = facilities[random.nextInt(facilities.length / KINDS.length) * KINDS.length + kind];
                    long[] people = staff.get(facility);
                    circle[k] = people[random.nextInt(people.length)];
                    kindOf[k] = kind;
                }
                teams.add(circle);
                kinds.add(kindOf);
                long managing = facilities[random.nextInt(facilities.length / KINDS.length) * KINDS.length];
                LocalDate birth = LocalDate.of(1925 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
                Timestamp activity = Timestamp.from(now.toInstant().minusSeconds(random.nextInt(90 * 24 * 3600)));
                patientRows.add(new Object[] {managing, associationIds.get(a), circle[0],
                        FAMILY[n % FAMILY.length] + " " + GIVEN[n % GIVEN.length],
                        FAMILY_KANA[n % FAMILY.length] + " " + GIVEN_KANA[n % GIVEN.length], Date.valueOf(birth),
                        random.nextBoolean() ? "FEMALE" : "MALE", activity, now});
            }
            batch("""
                    INSERT INTO patient (managing_facility_id, association_id, registered_by, name, name_kana, birth_date, sex,
                                         address, status, summary_version, last_activity_at, last_activity_by, created_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, '東京都（生成）', 'ACTIVE', 1, ?, '生成データ', ?, 0)""", patientRows);
            List<Long> ids = jdbc.queryForList("SELECT id FROM patient ORDER BY id DESC LIMIT ?", Long.class, count);
            Collections.reverse(ids);
            List<Object[]> consents = new ArrayList<>(count);
            List<Object[]> versions = new ArrayList<>(count * 2);
            List<Object[]> team = new ArrayList<>(count * 7);
            for (int i = 0; i < count; i++) {
                long patient = ids.get(i);
                consents.add(new Object[] {patient, now});
                versions.add(new Object[] {patient, 0, now, empty});
                versions.add(new Object[] {patient, 1, now, summary});
                for (int k = 0; k < teams.get(i).length; k++) {
                    team.add(new Object[] {patient, teams.get(i)[k], KINDS[kinds.get(i)[k]][2], now});
                }
            }
            batch(INSERT_CONSENT, consents);
            batch(INSERT_SUMMARY, versions);
            batch("""
                    INSERT INTO care_team_member (patient_id, member_id, role, added_at, added_by)
                    VALUES (?, ?, ?, ?, 0)""", team);
            teamPlaces += team.size();
            if ((start / chunk) % 10 == 0) {
                log.info("Generated {} of {} patients", start + count, patients);
            }
        }
        long millis = System.currentTimeMillis() - started;
        log.info("Generated {} patients with {} team places in {} s", patients, teamPlaces, millis / 1000);
        return new Result(associations, associations * facilitiesPerAssociation, memberRows.size(), patients, teamPlaces, millis);
    }

    /** Every generated member of this run gets the demo TOTP secret, encrypted as the portal encrypts it. */
    private void enrolAll(String run) {
        List<Long> first = jdbc.queryForList("SELECT id FROM members WHERE login_id LIKE ? ORDER BY id LIMIT 1", Long.class,
                "gen-" + run + "-m%");
        if (first.isEmpty()) {
            return;
        }
        String hash = jdbc.queryForObject("SELECT password_hash FROM credential WHERE member_id = ?", String.class, first.getFirst());
        accounts.installDemoCredential(first.getFirst(), hash, TOTP_SECRET);
        jdbc.update("""
                UPDATE credential c JOIN members m ON m.id = c.member_id
                JOIN credential f ON f.member_id = ?
                SET c.totp_secret = f.totp_secret, c.totp_enabled_at = f.totp_enabled_at
                WHERE m.login_id LIKE ?""", first.getFirst(), "gen-" + run + "-m%");
    }

    /** What {@link #generateLoad} wrote: the rooms for the load harness, and the messages. */
    public record LoadResult(int rooms, long messages, long conversations, String manifest, long millis) {}

    /**
     * For the load benchmark: {@code rooms} patients whose teams are exactly eight generated members each (every
     * member in one room), a room for every generated patient without one, and {@code messages} messages spread
     * over those rooms (written by the database itself from its sequence engine, in chunks of a million).
     * The load rooms go to {@code manifest} as CSV: conversation id, patient id, the eight login ids.
     */
    public LoadResult generateLoad(int rooms, long messages, Path manifest) {
        long started = System.currentTimeMillis();
        Timestamp now = Timestamp.from(Instant.now(clock));
        String run = Long.toString(System.currentTimeMillis() % 10_000_000, 36);
        List<Long> people = jdbc.queryForList("""
                SELECT m.id FROM members m JOIN credential c ON c.member_id = m.id
                WHERE m.login_id LIKE 'gen-%' AND m.status = 'ACTIVE' AND c.totp_secret IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM care_team_member t JOIN patient p ON p.id = t.patient_id
                                  WHERE t.member_id = m.id AND p.name LIKE '負荷試験%')
                ORDER BY m.id LIMIT ?""", Long.class, rooms * 8);
        if (people.size() < rooms * 8) {
            throw new IllegalStateException("need " + rooms * 8 + " generated members with TOTP; generate more members first");
        }
        String summary = json.writeValueAsString(sampleSummary());
        List<String[]> lines = new ArrayList<>();
        for (int start = 0; start < rooms; start += 1000) {
            int count = Math.min(1000, rooms - start);
            List<Object[]> patientRows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = start + i;
                long registeredBy = people.get(n * 8);
                patientRows.add(new Object[] {registeredBy, "負荷試験 患者" + run + "-" + n, "フカシケン カンジャ", now, now});
            }
            // INSERT … SELECT one by one: MariaDB's bulk protocol does not take it in a batch
            for (Object[] r : patientRows) {
                jdbc.update("""
                        INSERT INTO patient (managing_facility_id, association_id, registered_by, name, name_kana, birth_date, sex,
                                             address, status, summary_version, last_activity_at, last_activity_by, created_at, version)
                        SELECT m.facility_id, f.association_id, m.id, ?, ?, '1940-01-01', 'FEMALE', '東京都（負荷試験）', 'ACTIVE', 1,
                               ?, '生成データ', ?, 0
                        FROM members m JOIN facility f ON f.id = m.facility_id WHERE m.id = ?""", r[1], r[2], r[3], r[4], r[0]);
            }
            List<Long> ids = jdbc.queryForList("SELECT id FROM patient WHERE name LIKE ? ORDER BY id", Long.class,
                    "負荷試験 患者" + run + "-%").subList(start, start + count);
            List<Object[]> consents = new ArrayList<>();
            List<Object[]> versions = new ArrayList<>();
            List<Object[]> team = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long patient = ids.get(i);
                consents.add(new Object[] {patient, now});
                versions.add(new Object[] {patient, 1, now, summary});
                for (int k = 0; k < 8; k++) {
                    team.add(new Object[] {patient, people.get((start + i) * 8 + k), now});
                }
            }
            batch(INSERT_CONSENT, consents);
            batch(INSERT_SUMMARY, versions);
            batch("""
                    INSERT INTO care_team_member (patient_id, member_id, role, added_at, added_by)
                    VALUES (?, ?, 'VISITING_NURSE', ?, 0)""", team);
        }
        // a room for every generated patient that has none
        int created = jdbc.update("""
                INSERT INTO conversation (kind, patient_id, created_by, created_at, last_seq)
                SELECT 'PATIENT', p.id, p.registered_by, ?, 0 FROM patient p
                WHERE (p.address LIKE '東京都（生成）' OR p.address LIKE '東京都（負荷試験）')
                  AND NOT EXISTS (SELECT 1 FROM conversation c WHERE c.patient_id = p.id)""", now);
        log.info("Generated {} load rooms and {} conversations", rooms, created);

        long written = 0;
        if (messages > 0) {
            jdbc.execute("DROP TEMPORARY TABLE IF EXISTS gen_room");
            jdbc.execute("CREATE TEMPORARY TABLE gen_room (n INT NOT NULL PRIMARY KEY, conversation_id BIGINT NOT NULL, author_id BIGINT NOT NULL)");
            jdbc.update("""
                    INSERT INTO gen_room (n, conversation_id, author_id)
                    SELECT ROW_NUMBER() OVER (ORDER BY c.id) - 1, c.id, p.registered_by FROM conversation c
                    JOIN patient p ON p.id = c.patient_id
                    WHERE c.last_seq = 0 AND (p.address LIKE '東京都（生成）' OR p.address LIKE '東京都（負荷試験）')""");
            long roomCount = jdbc.queryForObject("SELECT COUNT(*) FROM gen_room", Long.class);
            if (roomCount > 0) {
                long chunk = 1_000_000;
                for (long from = 0; from < messages; from += chunk) {
                    long to = Math.min(messages, from + chunk) - 1;
                    written += jdbc.update("""
                            INSERT INTO message (conversation_id, seq, author_id, author_name, client_id, body, importance, created_at)
                            SELECT g.conversation_id, (s.seq DIV ?) + 1, g.author_id, '生成データ', CONCAT('gen-', ?, '-', s.seq),
                                   CONCAT('訪問しました。体温36.', s.seq %% 10, '℃、SpO2 ', 90 + s.seq %% 9, '%%。次回は', 1 + s.seq %% 7,
                                          '日後の予定です。'),
                                   'NORMAL', ? - INTERVAL (? - s.seq) SECOND
                            FROM seq_%d_to_%d s JOIN gen_room g ON g.n = s.seq %% ?""".formatted(from, to),
                            roomCount, run, now, messages, roomCount);
                    log.info("Generated {} of {} messages", written, messages);
                }
                jdbc.update("""
                        UPDATE conversation c JOIN (SELECT m.conversation_id, MAX(m.seq) last, MAX(m.created_at) at FROM message m
                                                    JOIN gen_room g ON g.conversation_id = m.conversation_id GROUP BY m.conversation_id) x
                          ON x.conversation_id = c.id
                        SET c.last_seq = x.last, c.last_message_at = x.at, c.last_preview = '訪問しました。', c.last_author = '生成データ'""");
            }
            jdbc.execute("DROP TEMPORARY TABLE gen_room");
        }

        // the manifest: rooms of eight for the harness
        jdbc.query("""
                SELECT c.id, p.id, GROUP_CONCAT(m.login_id ORDER BY m.id SEPARATOR ',') FROM patient p
                JOIN conversation c ON c.patient_id = p.id
                JOIN care_team_member t ON t.patient_id = p.id AND t.removed_at IS NULL
                JOIN members m ON m.id = t.member_id
                WHERE p.name LIKE ? GROUP BY c.id, p.id ORDER BY c.id""",
                rs -> {
                    lines.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }, "負荷試験 患者" + run + "-%");
        try {
            Files.createDirectories(manifest.toAbsolutePath().getParent());
            Files.write(manifest, lines.stream().map(l -> String.join(",", l)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long conversations = jdbc.queryForObject("SELECT COUNT(*) FROM conversation", Long.class);
        long millis = System.currentTimeMillis() - started;
        log.info("Generated {} load rooms and {} messages in {} s; manifest {}", rooms, written, millis / 1000, manifest);
        return new LoadResult(rooms, written, conversations, manifest.toString(), millis);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += 1000) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 1000)));
        }
    }

    private long id(String sql, Object... args) {
        Long id = jdbc.queryForObject(sql, Long.class, args);
        return id == null ? -1 : id;
    }

    static PatientSummary sampleSummary() {
        return new PatientSummary(
                List.of(new PatientSummary.Problem("慢性心不全", LocalDate.of(2019, 6, 1), true, null),
                        new PatientSummary.Problem("2型糖尿病", null, true, "HbA1c 7.0%")),
                List.of(new PatientSummary.Medication("フロセミド錠20mg", "1錠", "朝食後", "生成クリニック", null),
                        new PatientSummary.Medication("メトホルミン錠250mg", "2錠", "朝夕食後", "生成クリニック", null)),
                List.of(new PatientSummary.Allergy("ペニシリン系", PatientSummary.AllergyKind.DRUG, "発疹", true)),
                List.of("NSAIDs"), PatientSummary.CareLevel.CARE_2, LocalDate.of(2027, 3, 31), PatientSummary.Independence.A2,
                PatientSummary.DementiaLevel.I, Map.of(PatientSummary.AdlItem.MOVING, PatientSummary.AdlLevel.SUPERVISED),
                EnumSet.of(PatientSummary.Device.HOME_OXYGEN), "酸素 1L/分",
                List.of(new PatientSummary.Contact("家族 花子", "長女", "090-0000-0000", true, null)),
                new PatientSummary.Acp(PatientSummary.PlaceOfCare.HOME, PatientSummary.Resuscitation.DNAR, "長女",
                        "自宅で過ごしたい", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 1)),
                List.of(new PatientSummary.SafetyFlag(PatientSummary.SafetyKind.PET, "犬")), null, "生成データ");
    }
}
