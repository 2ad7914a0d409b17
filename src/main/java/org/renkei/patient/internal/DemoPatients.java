package org.renkei.patient.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DemoCast;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.ConsentModel;
import org.renkei.patient.Insurance;
import org.renkei.patient.PatientRegistration;
import org.renkei.patient.RegistrationService;
import org.renkei.patient.SummaryService;
import org.renkei.patient.PatientSummary;
import org.renkei.patient.PatientSummary.Acp;
import org.renkei.patient.PatientSummary.AdlItem;
import org.renkei.patient.PatientSummary.AdlLevel;
import org.renkei.patient.PatientSummary.Allergy;
import org.renkei.patient.PatientSummary.AllergyKind;
import org.renkei.patient.PatientSummary.CareLevel;
import org.renkei.patient.PatientSummary.Contact;
import org.renkei.patient.PatientSummary.DementiaLevel;
import org.renkei.patient.PatientSummary.Device;
import org.renkei.patient.PatientSummary.ExpectedEvent;
import org.renkei.patient.PatientSummary.Independence;
import org.renkei.patient.PatientSummary.Medication;
import org.renkei.patient.PatientSummary.OnCall;
import org.renkei.patient.PatientSummary.Paediatric;
import org.renkei.patient.PatientSummary.PlaceOfCare;
import org.renkei.patient.PatientSummary.Problem;
import org.renkei.patient.PatientSummary.Resuscitation;
import org.renkei.patient.PatientSummary.SafetyFlag;
import org.renkei.patient.PatientSummary.SafetyKind;
import org.renkei.patient.PatientSummary.Transport;
import org.renkei.patient.Sex;
import org.renkei.patient.TeamRole;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fictional demo patients (dev profile only), registered and edited through the services by the demo
 * members, so their teams, summary versions and access-log entries are what real use would leave.
 */
@Component
@Profile("dev")
@Order(5)
class DemoPatients implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPatients.class);

    private final Patients patients;
    private final RegistrationService registrations;
    private final SummaryService summaries;
    private final CareTeamService teams;
    private final DemoCast cast;
    private final Clock clock;

    DemoPatients(Patients patients, RegistrationService registrations, SummaryService summaries, CareTeamService teams,
            DemoCast cast, Clock clock) {
        this.patients = patients;
        this.registrations = registrations;
        this.summaries = summaries;
        this.teams = teams;
        this.cast = cast;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!cast.present()) {
            return;
        }
        if (patients.count() > 0) {
            return;
        }
        Actor yamada = cast.who("dr-yamada");
        Actor sasaki = cast.who("nurse-sasaki");
        Actor hayashi = cast.who("cm-hayashi");
        // the last visit is recent whenever the demo starts, as it would be for a patient under care
        LocalDate today = LocalDate.ofInstant(clock.instant(), TimeConfiguration.TOKYO);

        long tome = register(yamada, "鈴木 トメ", "スズキ トメ", LocalDate.of(1937, 4, 12), Sex.FEMALE, TeamRole.PRIMARY_PHYSICIAN,
                "長女 鈴木 和子");
        add(yamada, tome, "dr-ito", TeamRole.SECONDARY_PHYSICIAN);
        add(yamada, tome, "nurse-sasaki", TeamRole.VISITING_NURSE);
        add(yamada, tome, "nurse-matsumoto", TeamRole.VISITING_NURSE);
        add(yamada, tome, "cm-hayashi", TeamRole.CARE_MANAGER);
        add(yamada, tome, "pharm-watanabe", TeamRole.PHARMACIST);
        add(yamada, tome, "helper-yamaguchi", TeamRole.CARE_WORKER);
        PatientSummary tomeV1 = new PatientSummary(
                List.of(new Problem("慢性心不全（NYHA III）", LocalDate.of(2019, 6, 1), true, null),
                        new Problem("2型糖尿病", LocalDate.of(2008, 3, 1), true, "HbA1c 7.2%（10月）")),
                List.of(new Medication("フロセミド錠20mg", "1錠", "朝食後", "さくら在宅クリニック", null),
                        new Medication("カルベジロール錠2.5mg", "1錠", "朝夕食後", "さくら在宅クリニック", null),
                        new Medication("アセトアミノフェン錠200mg", "2錠", "38℃以上の発熱時", "さくら在宅クリニック",
                                "1日3回まで、4時間以上あける", true)),
                List.of(new Allergy("ペニシリン系抗菌薬", AllergyKind.DRUG, "発疹", true)),
                List.of("NSAIDs（心不全増悪のため）"),
                CareLevel.CARE_3, LocalDate.of(2027, 3, 31), Independence.B1, DementiaLevel.IIa,
                Map.of(AdlItem.MOVING, AdlLevel.PARTIAL, AdlItem.TRANSFER, AdlLevel.PARTIAL, AdlItem.EATING, AdlLevel.INDEPENDENT,
                        AdlItem.BATHING, AdlLevel.FULL, AdlItem.TOILETING, AdlLevel.SUPERVISED),
                EnumSet.of(Device.HOME_OXYGEN), "酸素 1L/分（安静時）、2L/分（労作時）",
                List.of(new Contact("鈴木 和子", "長女", "090-1111-2222", true, "平日昼は仕事"),
                        new Contact("鈴木 健", "長男", "080-3333-4444", false, "大阪在住")),
                new Acp(PlaceOfCare.HOME, Resuscitation.DNAR, "長女 鈴木 和子", "最期まで自宅で過ごしたい。痛いことはしないでほしい。",
                        LocalDate.of(2026, 9, 3), LocalDate.of(2027, 3, 3)),
                List.of(new SafetyFlag(SafetyKind.PET, "小型犬あり。訪問時はケージへ"), new SafetyFlag(SafetyKind.FIRE_RISK,
                        "在宅酸素使用中。仏壇のろうそくに注意")),
                null, "夜間の呼吸苦時は主治医携帯へ連絡。",
                new OnCall("玄関のキーボックス（暗証番号は長女に確認）", Transport.NOT_WANTED,
                        List.of(new ExpectedEvent("呼吸苦の増悪", "酸素3L/分まで増量可、改善なければ主治医へ"),
                                new ExpectedEvent("発熱 38℃以上", "アセトアミノフェン錠200mg 2錠頓用（処方済み）"),
                                new ExpectedEvent("心肺停止", "DNAR：救急要請せず主治医へ連絡（死亡確認は主治医または代診医）")),
                        today.minusDays(9), "桜ヶ丘中央病院（在宅療養後方支援病院）"));
        summaries.saveSummary(yamada, tome, 0, tomeV1, "初回登録");
        PatientSummary tomeV2 = new PatientSummary(tomeV1.problems(), tomeV1.medications(), tomeV1.allergies(),
                tomeV1.contraindications(), tomeV1.careLevel(), tomeV1.careLevelValidUntil(), tomeV1.independence(),
                tomeV1.dementia(), tomeV1.adl(), EnumSet.of(Device.HOME_OXYGEN, Device.PRESSURE_ULCER_CARE),
                "酸素 1L/分（安静時）、2L/分（労作時）。仙骨部に褥瘡（d2）、毎日処置",
                tomeV1.contacts(), tomeV1.acp(), tomeV1.safetyFlags(), null, tomeV1.notes(),
                new OnCall(tomeV1.onCall().entry(), tomeV1.onCall().transport(), tomeV1.onCall().expectedEvents(),
                        today.minusDays(2), tomeV1.onCall().backupBed()));
        summaries.saveSummary(sasaki, tome, 1, tomeV2, "仙骨部の褥瘡を追記");

        long ichiro = register(sasaki, "田中 一郎", "タナカ イチロウ", LocalDate.of(1950, 11, 3), Sex.MALE, TeamRole.VISITING_NURSE,
                "妻 田中 幸子");
        add(sasaki, ichiro, "dr-yamada", TeamRole.PRIMARY_PHYSICIAN);
        add(cast.who("dr-yamada"), ichiro, "cm-shimizu", TeamRole.CARE_MANAGER);
        add(cast.who("dr-yamada"), ichiro, "pt-inoue", TeamRole.REHABILITATION);
        summaries.saveSummary(sasaki, ichiro, 0, new PatientSummary(
                List.of(new Problem("筋萎縮性側索硬化症（ALS）", LocalDate.of(2021, 5, 1), true, null)),
                List.of(new Medication("リルゾール錠50mg", "1錠", "朝夕食前", "桜ヶ丘中央病院 神経内科", null)),
                List.of(), List.of(), CareLevel.CARE_5, LocalDate.of(2027, 6, 30), Independence.C2, DementiaLevel.NONE,
                Map.of(AdlItem.MOVING, AdlLevel.FULL, AdlItem.EATING, AdlLevel.FULL), EnumSet.of(Device.VENTILATOR,
                        Device.TRACHEOSTOMY, Device.SUCTION, Device.GASTROSTOMY), "TPPV 24時間。停電時は外部バッテリー（8時間）と発電機",
                List.of(new Contact("田中 幸子", "妻", "03-5555-6666", true, null)),
                new Acp(PlaceOfCare.HOME, Resuscitation.FULL, "本人（文字盤で意思表示可）", "人工呼吸器を続けて自宅で暮らしたい",
                        LocalDate.of(2026, 7, 10), LocalDate.of(2027, 1, 10)),
                List.of(new SafetyFlag(SafetyKind.ACCESS, "マンション5階、エレベーターあり。災害時の避難経路を家族と確認済み")),
                null, "災害時個別支援計画あり（区の在宅療養支援窓口と共有）",
                // no last visit recorded: the on-call brief has a gap to show
                new OnCall("オートロック：503号室を呼び出し、妻が解錠する", Transport.WANTED,
                        List.of(new ExpectedEvent("人工呼吸器のアラーム・停止", "アンビューバッグで用手換気し、呼吸器業者（24時間窓口）と"
                                + "主治医へ連絡。回復しなければ救急要請（桜ヶ丘中央病院 神経内科）")),
                        null, null)), "初回登録");

        long sakura = register(yamada, "小林 さくら", "コバヤシ サクラ", LocalDate.of(2018, 8, 20), Sex.FEMALE,
                TeamRole.PRIMARY_PHYSICIAN, "母 小林 美穂");
        add(yamada, sakura, "nurse-sasaki", TeamRole.VISITING_NURSE);
        add(yamada, sakura, "desk-ishikawa", TeamRole.SUPPORT_DESK);
        summaries.saveSummary(yamada, sakura, 0, new PatientSummary(
                List.of(new Problem("脳性麻痺", LocalDate.of(2018, 8, 20), true, null), new Problem("てんかん", null, true, null)),
                List.of(new Medication("バルプロ酸ナトリウムシロップ", "5mL", "朝夕", "桜ヶ丘中央病院 小児科", null)),
                List.of(new Allergy("卵", AllergyKind.FOOD, "じんましん", false)), List.of(), null, null, null, null, Map.of(),
                EnumSet.of(Device.TRACHEOSTOMY, Device.SUCTION, Device.NASOGASTRIC_TUBE), null,
                List.of(new Contact("小林 美穂", "母", "090-7777-8888", true, null)), Acp.empty(), List.of(),
                new Paediatric("母 小林 美穂、父 小林 大輔", "桜ヶ丘区立第二小学校（特別支援学級）",
                        "登校時は看護師が同行し吸引を実施", "意思表示は表情と発声"), null), "初回登録");

        long masao = register(hayashi, "中村 正男", "ナカムラ マサオ", LocalDate.of(1944, 2, 28), Sex.MALE, TeamRole.CARE_MANAGER,
                "次男 中村 修", new Insurance("39131016", "12", "3456", "01"));
        add(hayashi, masao, "dr-ito", TeamRole.PRIMARY_PHYSICIAN);
        add(cast.who("dr-ito"), masao, "helper-yamaguchi", TeamRole.CARE_WORKER);
        teams.addFacility(hayashi, masao, cast.who("nurse-sasaki").facilityId(), TeamRole.VISITING_NURSE);
        summaries.saveSummary(hayashi, masao, 0, new PatientSummary(
                List.of(new Problem("アルツハイマー型認知症", LocalDate.of(2020, 1, 1), true, null),
                        new Problem("高血圧症", null, true, null)),
                List.of(new Medication("ドネペジル塩酸塩錠5mg", "1錠", "朝食後", "さくら在宅クリニック", "服薬カレンダーで管理")),
                List.of(), List.of(), CareLevel.CARE_2, LocalDate.of(2027, 1, 31), Independence.A2, DementiaLevel.IIIa,
                Map.of(AdlItem.MOVING, AdlLevel.SUPERVISED), EnumSet.noneOf(Device.class), null,
                List.of(new Contact("中村 修", "次男", "080-9999-0000", true, "別居（車で30分）")),
                new Acp(PlaceOfCare.UNDECIDED, Resuscitation.UNDECIDED, null, null, null, LocalDate.of(2026, 12, 15)),
                List.of(new SafetyFlag(SafetyKind.VISIT_IN_PAIRS, "夕方に興奮しやすく、過去に訪問者への暴言あり。午前の訪問を推奨"),
                        new SafetyFlag(SafetyKind.HARASSMENT, "女性職員への不適切な発言の記録あり")),
                null, null), "初回登録");

        Actor midoriNurse = cast.who("nurse-okada");
        long hana = register(midoriNurse, "後藤 ハナ", "ゴトウ ハナ", LocalDate.of(1933, 12, 1), Sex.FEMALE, TeamRole.VISITING_NURSE,
                "本人");
        add(midoriNurse, hana, "dr-ogawa", TeamRole.PRIMARY_PHYSICIAN);
        add(midoriNurse, hana, "cm-fujita", TeamRole.CARE_MANAGER);
        add(midoriNurse, hana, "midori-nurse", TeamRole.HOSPITAL);
        log.info("Loaded demo patients: 5 patients with teams and summaries");
    }

    private long register(Actor actor, String name, String kana, LocalDate birth, Sex sex, TeamRole role, String signer) {
        return register(actor, name, kana, birth, sex, role, signer, null);
    }

    private long register(Actor actor, String name, String kana, LocalDate birth, Sex sex, TeamRole role, String signer,
            @Nullable Insurance insurance) {
        String[] parts = signer.split(" ", 2);
        return registrations.register(actor, new PatientRegistration(name, kana, birth, sex, null, "東京都（デモ）", null, role,
                new PatientRegistration.ConsentDetails(ConsentModel.BLANKET, LocalDate.of(2026, 10, 1),
                        parts.length > 1 ? parts[1] : parts[0], parts.length > 1 ? parts[0] : "本人", List.of(), List.of(), null), insurance));
    }

    private void add(Actor by, long patient, String loginId, TeamRole role) {
        teams.addMember(by, patient, cast.who(loginId).memberId(), role);
    }
}
