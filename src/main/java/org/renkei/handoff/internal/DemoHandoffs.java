package org.renkei.handoff.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renkei.directory.DemoCast;
import org.renkei.directory.DirectoryLookup;
import org.renkei.handoff.AdmissionSheet;
import org.renkei.handoff.DischargeOutcome;
import org.renkei.handoff.DischargeSheet;
import org.renkei.handoff.DischargeSheet.Treatment;
import org.renkei.handoff.HandoffDraftService;
import org.renkei.handoff.HandoffPrefillService;
import org.renkei.handoff.HandoffService;
import org.renkei.handoff.HandoffService.RecipientRequest;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientService;
import org.renkei.patient.PatientSummary.AdlItem;
import org.renkei.patient.PatientSummary.AdlLevel;
import org.renkei.patient.TeamRole;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo handoffs (dev profile only), made through the service as members would: 林 (care manager) sends the
 * admission sheet of 中村 正男 to 桜ヶ丘中央病院, 田中 (discharge nurse) accepts it, which puts the hospital on
 * the team, and sends the discharge information to the home team; 訪問看護ステーションあおぞら has it to answer. An
 * earlier stay (heart failure, two months ago) was discharged and completed: its FHIR export is a JP-CLINS 退院時サマリー.
 */
@Component
@Profile("dev")
@Order(20)
class DemoHandoffs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHandoffs.class);

    private final HandoffService handoffs;
    private final HandoffDraftService drafts;
    private final HandoffPrefillService prefill;
    private final PatientService patients;
    private final DemoCast cast;
    private final DirectoryLookup directory;
    private final JdbcTemplate jdbc;

    DemoHandoffs(HandoffService handoffs, HandoffDraftService drafts, HandoffPrefillService prefill, PatientService patients, DemoCast cast, DirectoryLookup directory,
            JdbcTemplate jdbc) {
        this.handoffs = handoffs;
        this.drafts = drafts;
        this.prefill = prefill;
        this.patients = patients;
        this.cast = cast;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!cast.present()) {
            return;
        }
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM handoff", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        Actor hayashi = cast.who("cm-hayashi");
        Actor hospNurse = cast.who("hosp-nurse");
        List<PatientCard> found = patients.myPatients(hayashi, "中村 正男", 0, 1);
        if (found.isEmpty()) {
            return;
        }
        long masao = found.getFirst().id();
        LocalDate today = LocalDate.now(TimeConfiguration.TOKYO);
        AdmissionSheet prefilled = prefill.admissionFromSummary(hayashi, masao, today.minusDays(2));
        AdmissionSheet admission = new AdmissionSheet(prefilled.admissionDate(), "4階東病棟 退院支援看護師 田中", "戸建て（持ち家）", 2,
                false, prefilled.careLevel(), prefilled.independence(), prefilled.dementia(), "独居（次男が週2回訪問）",
                "次男 中村 修", prefilled.keyPerson(), "できれば自宅に戻りたい（本人）。一人での生活は心配（次男）",
                "訪問介護 週3回（掃除・買物）、デイサービス 週2回、訪問看護 週1回", "服薬管理の支援、夕方の見守り", true, prefilled.adl(),
                "常食、むせ込みなし", true, "日中はトイレ、夜間はポータブルトイレ", "夜間に2〜3回覚醒", "なし", "老眼鏡使用、聴力は問題なし",
                "短い文章で伝えると理解できる", "夕方に落ち着かなくなることがある", prefilled.diseasesAndAdmissions(), prefilled.medicines(),
                "服薬カレンダー（訪問介護が確認）", prefilled.familyDoctor());
        long toHospital = drafts.draftAdmission(hayashi, masao, hospNurse.facilityId(), admission);
        handoffs.send(hayashi, toHospital);
        long recipient = handoffs.view(hospNurse, toHospital).mineToAnswer().getFirst();
        handoffs.accept(hospNurse, toHospital, recipient);

        completedEarlierStay(hospNurse, masao, today);

        DischargeSheet d = new DischargeSheet(today.plusDays(5), today.minusDays(2), "発熱、食欲低下", "誤嚥性肺炎の疑い",
                "3日前から37.8℃の発熱と食欲低下。訪問看護師がSpO2 91%を確認し、かかりつけ医の紹介で入院。",
                List.of("誤嚥性肺炎 [ICD10:J69.0]"), List.of("誤嚥性肺炎（改善） [ICD10:J69.0]", "アルツハイマー型認知症 [ICD10:G30.9]"),
                "抗菌薬（ABPC/SBT）7日間で解熱。嚥下評価でとろみ付きの食事が必要と判断。ADLは入院前よりやや低下。",
                Set.of(Treatment.SUCTION), "必要時の口腔内吸引。吸引器は退院前に業者から自宅へ搬入予定",
                "食事は中間のとろみ。食後30分は座位保持。夜間の転倒に注意。",
                "歩行器で自宅内歩行は見守りで可能。階段は手すりと介助が必要。",
                "睡眠薬の追加は避ける（せん妄のリスク）", null, "高血圧症", "肺炎は改善。嚥下機能の低下が続くため再発の可能性あり。",
                "本人と次男に、再発の可能性と食事形態の変更を説明済み", "自宅に戻りたい（本人）。通所を増やしたい（次男）", null,
                Map.of(AdlItem.MOVING, AdlLevel.SUPERVISED, AdlItem.EATING, AdlLevel.SUPERVISED, AdlItem.TOILETING, AdlLevel.PARTIAL,
                        AdlItem.BATHING, AdlLevel.FULL),
                "吸引器、ポータブルトイレ、とろみ剤。ベッド周りの手すり（福祉用具貸与）",
                List.of("ドネペジル塩酸塩錠5mg 1錠 朝食後", "アムロジピン錠5mg 1錠 朝食後", "とろみ剤 適量 毎食時"),
                "退院後1週間以内に訪問診療。訪問看護は退院当日から週2回に増やす。", null, DischargeOutcome.IMPROVED);
        long home = drafts.draftDischarge(hospNurse, masao, d, List.of(
                new RecipientRequest(cast.who("dr-ito").facilityId(), TeamRole.PRIMARY_PHYSICIAN),
                new RecipientRequest(cast.who("nurse-sasaki").facilityId(), TeamRole.VISITING_NURSE),
                new RecipientRequest(hayashi.facilityId(), TeamRole.CARE_MANAGER),
                new RecipientRequest(cast.who("pharm-watanabe").facilityId(), TeamRole.PHARMACIST)));
        handoffs.send(hospNurse, home);
        long mine = handoffs.view(hayashi, home).mineToAnswer().getFirst();
        handoffs.accept(hayashi, home, mine);
        log.info("Loaded demo handoffs: an earlier discharge completed (a JP-CLINS discharge summary);"
                + " admission sheet for {} accepted by {}, discharge information sent to the home team",
                found.getFirst().name(), directory.facility(hospNurse.facilityId()).name());
    }

    /**
     * 中村's stay two months ago (heart failure), discharged, visited at home and completed by the visiting nurses: its
     * FHIR export is a JP-CLINS 退院時サマリー that conforms (the hospital has its 医療機関コード, the patient his insurance).
     */
    private void completedEarlierStay(Actor hospNurse, long masao, LocalDate today) {
        LocalDate discharged = today.minusDays(60);
        DischargeSheet sheet = new DischargeSheet(discharged, today.minusDays(74), "息切れ、下肢のむくみ", "慢性心不全の急性増悪",
                "2週間前から労作時の息切れと下肢浮腫が増え、体重が3kg増加。訪問診療で心不全の増悪と判断され入院。",
                List.of("慢性心不全の急性増悪 [ICD10:I50.0]"), List.of("慢性心不全 [ICD10:I50.0]", "高血圧症 [ICD10:I10]"),
                "利尿薬の静注で体重は入院時より4kg減少し、息切れは改善。塩分制限と体重測定を本人・次男に指導した。",
                Set.of(), null, "毎朝の体重測定（2kg増えたら連絡）。塩分6g/日未満。", "屋内歩行は自立。",
                null, "ペニシリン系抗菌薬（発疹）", "高血圧症", "心機能の低下が続き、再入院の可能性あり。", "本人・次男に説明済み",
                "自宅で過ごしたい（本人）", null, Map.of(AdlItem.MOVING, AdlLevel.INDEPENDENT), "体重計を寝室に設置",
                List.of("フロセミド錠20mg 1錠 朝食後", "アムロジピン錠5mg 1錠 朝食後"), "退院後1週間以内に訪問診療。", null,
                DischargeOutcome.IMPROVED);
        Actor sasaki = cast.who("nurse-sasaki");
        long id = drafts.draftDischarge(hospNurse, masao, sheet, List.of(
                new RecipientRequest(cast.who("dr-ito").facilityId(), TeamRole.PRIMARY_PHYSICIAN),
                new RecipientRequest(sasaki.facilityId(), TeamRole.VISITING_NURSE)));
        handoffs.send(hospNurse, id);
        handoffs.accept(sasaki, id, handoffs.view(sasaki, id).mineToAnswer().getFirst());
        handoffs.complete(sasaki, id, discharged.plusDays(1), discharged);
    }
}
