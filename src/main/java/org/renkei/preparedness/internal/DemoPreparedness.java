package org.renkei.preparedness.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DemoCast;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.ConsentModel;
import org.renkei.patient.PatientRegistration;
import org.renkei.patient.PatientSummary;
import org.renkei.patient.PatientSummary.DeviceProfile;
import org.renkei.patient.PatientSummary.PoweredDevice;
import org.renkei.patient.PatientSummary.PoweredKind;
import org.renkei.patient.PatientSummary.VentilationMode;
import org.renkei.patient.RegistrationService;
import org.renkei.patient.Sex;
import org.renkei.patient.SummaryService;
import org.renkei.patient.TeamRole;
import org.renkei.platform.TimeConfiguration;
import org.renkei.preparedness.CheckState;
import org.renkei.preparedness.DisasterService;
import org.renkei.preparedness.EventKind;
import org.renkei.preparedness.EventInfo;
import org.renkei.preparedness.GrantItem;
import org.renkei.preparedness.PlanContent;
import org.renkei.preparedness.PlanDetails;
import org.renkei.preparedness.PlanService;
import org.renkei.preparedness.PrepClock;
import org.renkei.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo disaster plans in 桜ヶ丘区 (dev profile only), made through the services by the demo members: 田中 一郎 (TPPV) with
 * his device profile, a confirmed plan due for review next month, nurse-sasaki as his checker and a generator granted;
 * 小林 さくら (a child on suction and a feeding pump), confirmed, then 要見直し because her devices changed; 石井 和夫 (NPPV at
 * night), a draft; 森 ミツ (oxygen concentrator), confirmed thirteen months ago and so due; and last month's blackout, with
 * its checks, acknowledgements and after-action note. The past is set back in time with SQL after the services ran.
 */
@Component
@Profile("dev")
@Order(31)
class DemoPreparedness implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPreparedness.class);

    private final DisasterPlans plans;
    private final PlanService service;
    private final DisasterService disasters;
    private final RegistrationService registrations;
    private final CareTeamService teams;
    private final SummaryService summaries;
    private final DemoCast cast;
    private final AssociationService associations;
    private final PrepClock prepClock;
    private final JdbcTemplate jdbc;
    private final EntityManager entities;
    private final Clock clock;

    DemoPreparedness(DisasterPlans plans, PlanService service, DisasterService disasters, RegistrationService registrations,
            CareTeamService teams, SummaryService summaries, DemoCast cast, AssociationService associations, PrepClock prepClock,
            JdbcTemplate jdbc, EntityManager entities, Clock clock) {
        this.entities = entities;
        this.plans = plans;
        this.service = service;
        this.disasters = disasters;
        this.registrations = registrations;
        this.teams = teams;
        this.summaries = summaries;
        this.cast = cast;
        this.associations = associations;
        this.prepClock = prepClock;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!cast.present()) {
            return;
        }
        if (plans.count() > 0) {
            return;
        }
        Actor sasaki = cast.who("nurse-sasaki");
        Actor yamada = cast.who("dr-yamada");
        Actor desk = cast.who("desk-ishikawa");
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
        long district = associations.districts().stream().filter(d -> d.name().equals("桜ヶ丘区")).findFirst().orElseThrow().id();
        long ichiro = patientId("田中 一郎");
        long sakura = patientId("小林 さくら");

        PlanDetails ichiroPlan = service.start(sasaki, ichiro);
        ichiroPlan = service.saveDevices(sasaki, ichiroPlan.id(), ichiroPlan.summaryVersion(), new DeviceProfile(
                List.of(new PoweredDevice(PoweredKind.VENTILATOR, "メディブレス", "MB-300", VentilationMode.TPPV, 24, 180, 480, 2),
                        new PoweredDevice(PoweredKind.SUCTION, "さくら医工", "SQ-20", null, null, 60, null, 0)),
                "車のシガーソケットから充電可（インバーターあり）", true, true, null, "加温加湿器あり（停電時は人工鼻に切替）",
                "さくら医療機器", "0120-000-111", true));
        ichiroPlan = service.edit(sasaki, ichiroPlan.id(), new PlanContent(
                List.of(new PlanContent.CallContact("田中 幸子", "妻", "03-5555-6666", "訪問看護ステーションあおぞら", 30),
                        new PlanContent.CallContact("田中 誠", "長男（川崎市）", "090-2222-3333", "田中 幸子", 60),
                        new PlanContent.CallContact("さくら医療機器 24時間窓口", "機器業者", "0120-000-111", "田中 幸子", 30)),
                ichiroPlan.content().blackoutSteps(),
                new PlanContent.Evacuation(PlanContent.Stay.STAY_HOME, "桜ヶ丘中央病院（電源確保が難しいとき）",
                        "エレベーター停止時は階段で5階から搬送（4人）", "長男の車、または救急搬送", 4),
                List.of(new PlanContent.Supply("蘇生バッグ（アンビューバッグ）", true), new PlanContent.Supply("予備の外部バッテリー（充電済み）", true),
                        new PlanContent.Supply("足踏み式吸引器", true), new PlanContent.Supply("懐中電灯・ラジオ・予備の電池", true),
                        new PlanContent.Supply("衛生材料・経管栄養剤（7日分）", false)),
                List.of(new PlanContent.Supporter("田中 幸子", "家族", "用手換気、業者と訪問看護への連絡"),
                        new PlanContent.Supporter("佐々木 陽子", "訪問看護ステーションあおぞら", "安否確認、バッテリー交換の支援"),
                        new PlanContent.Supporter("石川 保健師", "桜ヶ丘区 在宅療養支援窓口", "計画の管理、避難の調整")),
                "文字盤で意思表示可。停電時は照明を確保すること。"));
        service.confirmMedical(yamada, ichiroPlan.id());
        service.submit(sasaki, ichiroPlan.id());
        service.recordConsent(desk, ichiroPlan.id(), "妻 田中 幸子");
        service.assignChecker(desk, ichiroPlan.id(), sasaki.memberId());
        service.grant(desk, ichiroPlan.id(), GrantItem.GENERATOR, "インバーター発電機 IG-900", "IG9-26-0417", today.minusDays(330),
                today.plusDays(35));
        // confirmed eleven months ago: due for review next month
        backdate(ichiroPlan.id(), today.minusMonths(11).minusDays(5));

        PlanDetails sakuraPlan = service.start(yamada, sakura);
        sakuraPlan = service.saveDevices(yamada, sakuraPlan.id(), sakuraPlan.summaryVersion(), new DeviceProfile(
                List.of(new PoweredDevice(PoweredKind.SUCTION, "さくら医工", "SQ-20", null, null, 60, null, 0),
                        new PoweredDevice(PoweredKind.FEEDING_PUMP, "ネオフィード", "NF-5", null, 6, 480, null, 0)),
                null, true, true, null, null, "さくら医療機器", "0120-000-111", false));
        service.confirmMedical(yamada, sakuraPlan.id());
        service.submit(yamada, sakuraPlan.id());
        service.recordConsent(desk, sakuraPlan.id(), "母 小林 美穂");
        service.assignChecker(desk, sakuraPlan.id(), desk.memberId());
        // an external battery added to the suction unit: the plan is to be reviewed
        service.saveDevices(sasaki, sakuraPlan.id(), sakuraPlan.summaryVersion(), new DeviceProfile(
                List.of(new PoweredDevice(PoweredKind.SUCTION, "さくら医工", "SQ-20", null, null, 60, 120, 1),
                        new PoweredDevice(PoweredKind.FEEDING_PUMP, "ネオフィード", "NF-5", null, 6, 480, null, 0)),
                "学校で充電", true, true, null, null, "さくら医療機器", "0120-000-111", false));
        backdate(sakuraPlan.id(), today.minusMonths(4));

        long ishii = register(sasaki, "石井 和夫", "イシイ カズオ", LocalDate.of(1954, 6, 8), Sex.MALE, "東京都桜ヶ丘区北町3-2-11",
                "03-3900-7711", "妻 石井 京子");
        teams.addMember(sasaki, ishii, yamada.memberId(), TeamRole.PRIMARY_PHYSICIAN);
        teams.addMember(sasaki, ishii, cast.who("nurse-matsumoto").memberId(), TeamRole.VISITING_NURSE);
        summaries.saveSummary(sasaki, ishii, 0, summary("筋萎縮性側索硬化症（ALS）", PatientSummary.Device.VENTILATOR, new DeviceProfile(
                List.of(new PoweredDevice(PoweredKind.VENTILATOR, "メディブレス", "NV-10", VentilationMode.NPPV, 10, 120, null, 0)),
                null, true, false, null, null, "さくら医療機器", "0120-000-111", false)), "初回登録");
        PlanDetails ishiiPlan = service.start(sasaki, ishii);
        service.assignChecker(desk, ishiiPlan.id(), cast.who("nurse-matsumoto").memberId());

        long mori = register(sasaki, "森 ミツ", "モリ ミツ", LocalDate.of(1938, 2, 14), Sex.FEMALE, "東京都桜ヶ丘区南町1-9-3",
                "03-3900-8822", "長女 森 由美");
        teams.addMember(sasaki, mori, yamada.memberId(), TeamRole.PRIMARY_PHYSICIAN);
        summaries.saveSummary(sasaki, mori, 0, summary("慢性閉塞性肺疾患（COPD）", PatientSummary.Device.HOME_OXYGEN, new DeviceProfile(
                List.of(new PoweredDevice(PoweredKind.OXYGEN_CONCENTRATOR, "エアリード", "OX-3", null, 24, null, null, 0)),
                null, false, false, "濃縮器 安静時2L/分、携帯用ボンベ 4本（各約3時間）", null, "エアリード在宅酸素", "0120-222-333", true)),
                "初回登録");
        PlanDetails moriPlan = service.start(sasaki, mori);
        service.confirmMedical(yamada, moriPlan.id());
        service.submit(sasaki, moriPlan.id());
        service.recordConsent(desk, moriPlan.id(), "長女 森 由美");
        service.assignChecker(desk, moriPlan.id(), sasaki.memberId());
        backdate(moriPlan.id(), today.minusMonths(13));
        prepClock.markDue(today);

        pastBlackout(desk, sasaki, district, ichiro, sakura, ishii, mori);
        log.info("Loaded demo disaster plans: 4 users in 桜ヶ丘区, a grant, last month's blackout with its checks");
    }

    private void pastBlackout(Actor desk, Actor sasaki, long district, long ichiro, long sakura, long ishii, long mori) {
        Instant start = Instant.now(clock).minus(Duration.ofDays(26)).minus(Duration.ofHours(3));
        EventInfo e = disasters.declare(desk, district, EventKind.BLACKOUT, "桜ヶ丘区北部 停電（台風14号）", start);
        Map<Long, Long> checks = jdbc.query("SELECT patient_id, id FROM prep_check WHERE event_id = ?", rs -> {
            Map<Long, Long> m = new java.util.HashMap<>();
            while (rs.next()) {
                m.put(rs.getLong(1), rs.getLong(2));
            }
            return m;
        }, e.id());
        Actor matsumoto = cast.who("nurse-matsumoto");
        disasters.acknowledge(sasaki, e.id(), checks.get(ichiro));
        disasters.record(sasaki, e.id(), checks.get(ichiro), CheckState.NEEDS_HELP, 5, "外部バッテリー1個目で稼働中。発電機の準備を依頼");
        disasters.record(desk, e.id(), checks.get(sakura), CheckState.SAFE, null, "学校から帰宅済み、電源あり（近隣は復旧）");
        disasters.acknowledge(matsumoto, e.id(), checks.get(ishii));
        disasters.record(matsumoto, e.id(), checks.get(ishii), CheckState.UNREACHABLE, null, "固定電話・携帯とも不通");
        disasters.record(matsumoto, e.id(), checks.get(ishii), CheckState.SAFE, null, "訪問して確認。夜間のみ使用のため影響なし");
        disasters.record(sasaki, e.id(), checks.get(mori), CheckState.TRANSPORTED, null, "酸素ボンベ残量わずか。桜ヶ丘中央病院へ搬送");
        disasters.record(sasaki, e.id(), checks.get(ichiro), CheckState.SAFE, null, "発電機から給電開始。復旧まで在宅で対応");
        disasters.end(desk, e.id(), "石井さんに連絡がつかず訪問で確認した（40分）。固定電話以外の連絡先を計画に追加する。"
                + "森さんの酸素ボンベの本数を見直す。");
        // the record as it happened, minutes apart from the declaration
        entities.flush();
        List<Long> lines = jdbc.queryForList("SELECT id FROM prep_event_log WHERE event_id = ? ORDER BY id", Long.class, e.id());
        for (int i = 0; i < lines.size(); i++) {
            jdbc.update("UPDATE prep_event_log SET occurred_at = ? WHERE id = ?", java.sql.Timestamp.from(start.plus(Duration.ofMinutes(
                    i == 0 ? 0 : 6L + 11L * i))), lines.get(i));
        }
        jdbc.update("UPDATE prep_check c SET c.updated_at = (SELECT MAX(l.occurred_at) FROM prep_event_log l WHERE l.event_id = c.event_id"
                + " AND l.patient_id = c.patient_id AND l.step = 'RECORDED'), c.acknowledged_at = (SELECT MAX(l.occurred_at) FROM"
                + " prep_event_log l WHERE l.event_id = c.event_id AND l.patient_id = c.patient_id AND l.step = 'ACKNOWLEDGED')"
                + " WHERE c.event_id = ?", e.id());
        jdbc.update("UPDATE prep_event SET ended_at = ? WHERE id = ?", java.sql.Timestamp.from(start.plus(Duration.ofHours(7))), e.id());
        entities.clear();
    }

    /** Sets a confirmed plan back in time: what this transaction holds is written first and forgotten after. */
    private void backdate(long planId, LocalDate confirmedOn) {
        entities.flush();
        Instant at = confirmedOn.atTime(14, 0).atZone(TimeConfiguration.TOKYO).toInstant();
        jdbc.update("UPDATE prep_plan SET confirmed_at = ?, review_due = ? WHERE id = ?", java.sql.Timestamp.from(at),
                java.sql.Date.valueOf(confirmedOn.plusYears(1)), planId);
        jdbc.update("UPDATE prep_plan_version SET confirmed_at = ? WHERE plan_id = ?", java.sql.Timestamp.from(at), planId);
        entities.clear();
    }

    private long patientId(String name) {
        return jdbc.queryForObject("SELECT id FROM patient WHERE name = ?", Long.class, name);
    }

    private long register(Actor actor, String name, String kana, LocalDate birth, Sex sex, String address, String phone, String signer) {
        String[] parts = signer.split(" ", 2);
        return registrations.register(actor, new PatientRegistration(name, kana, birth, sex, "170-0009", address, phone,
                TeamRole.VISITING_NURSE, new PatientRegistration.ConsentDetails(ConsentModel.BLANKET, LocalDate.of(2026, 10, 1), parts[1],
                        parts[0], List.of(), List.of(), null), null));
    }

    private static PatientSummary summary(String problem, PatientSummary.Device device, DeviceProfile profile) {
        return new PatientSummary(List.of(new PatientSummary.Problem(problem, null, true, null)), List.of(), List.of(), List.of(),
                PatientSummary.CareLevel.CARE_4, null, null, null, Map.of(), EnumSet.of(device), null, List.of(),
                PatientSummary.Acp.empty(), List.of(), null, null).withDeviceProfile(profile);
    }
}
