package org.renkei.handoff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.handoff.HandoffService.RecipientRequest;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.PatientSummary.AdlItem;
import org.renkei.patient.PatientSummary.AdlLevel;
import org.renkei.patient.TeamRole;
import org.renkei.security.Actor;
import org.springframework.stereotype.Component;

/**
 * A district for handoff tests: a hospital with its discharge nurse, a care management office, two visiting
 * nurse stations, a clinic, and a station nobody addressed; one patient whose team has the care manager and
 * the hospital.
 */
@Component
public class HandoffWorld {

    public record World(Actor cm, Actor hospNurse, Actor nurse, Actor nurse2, Actor doctor, Actor outsider, long hospital, long cmo,
            long vns, long vns2, long clinic, long patient, Actor admin) {}

    private final Fixtures fixtures;
    private final CareTeamService teams;

    HandoffWorld(Fixtures fixtures, CareTeamService teams) {
        this.fixtures = fixtures;
        this.teams = teams;
    }

    public World create() {
        Area area = fixtures.area();
        Place hospital = fixtures.facility(area, FacilityType.HOSPITAL, "1311234569");
        Place cmo = fixtures.facility(area, FacilityType.CARE_MANAGEMENT_OFFICE);
        Place vns = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Place vns2 = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Place clinic = fixtures.facility(area, FacilityType.CLINIC);
        Place other = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Actor cm = fixtures.actor(fixtures.member(cmo, Profession.CARE_MANAGER).id());
        Actor hospNurse = fixtures.actor(fixtures.member(hospital, Profession.NURSE).id());
        Actor nurse = fixtures.actor(fixtures.member(vns, Profession.NURSE).id());
        Actor nurse2 = fixtures.actor(fixtures.member(vns2, Profession.NURSE).id());
        Actor doctor = fixtures.actor(fixtures.member(clinic, Profession.PHYSICIAN).id());
        Actor outsider = fixtures.actor(fixtures.member(other, Profession.NURSE).id());
        long patient = fixtures.insuredPatient(cm);
        teams.addMember(cm, patient, hospNurse.memberId(), TeamRole.HOSPITAL);
        return new World(cm, hospNurse, nurse, nurse2, doctor, outsider, hospital.facilityId(), cmo.facilityId(), vns.facilityId(),
                vns2.facilityId(), clinic.facilityId(), patient, area.admin());
    }

    public static AdmissionSheet admission(LocalDate admitted) {
        return new AdmissionSheet(admitted, "5階西病棟", "集合住宅", 3, true, null, null, null, "妻と二人暮らし", "妻", "長男",
                "自宅に戻りたい", "訪問看護 週1回", "服薬の見守り", true, Map.of(AdlItem.MOVING, AdlLevel.SUPERVISED), "常食", false,
                "自立", "良好", "なし", "問題なし", "問題なし", null, "高血圧症", "アムロジピン5mg 朝", "本人", "テスト医師");
    }

    public static DischargeSheet discharge(LocalDate planned) {
        return new DischargeSheet(planned, planned.minusDays(10), "呼吸苦", "心不全の増悪", "1週間前から労作時の息切れ",
                List.of("慢性心不全の急性増悪 [ICD10:I50.0]"), List.of("慢性心不全 [ICD10:I50.0] [MEDIS:20062113]", "2型糖尿病"), "利尿薬の静注で改善。体重は入院時より4kg減少。",
                Set.of(DischargeSheet.Treatment.OXYGEN, DischargeSheet.Treatment.INSULIN), "在宅酸素 安静時1L、労作時2L",
                "毎日体重を測定し、2kg増えたら連絡", "屋内歩行は自立", "塩分6g/日未満", "ペニシリン（発疹）", "高血圧症",
                "心機能は低下しており再入院の可能性あり", "本人・妻に説明済み", "自宅で過ごしたい", "急変時は救急搬送を希望",
                Map.of(AdlItem.MOVING, AdlLevel.INDEPENDENT, AdlItem.BATHING, AdlLevel.PARTIAL), "酸素濃縮装置の設置",
                List.of("フロセミド錠20mg 1錠 朝", "インスリン グラルギン 8単位 朝"), "1週間後に外来受診", null,
                DischargeOutcome.IMPROVED);
    }

    public static List<RecipientRequest> homeTeam(World w) {
        return List.of(new RecipientRequest(w.vns(), TeamRole.VISITING_NURSE), new RecipientRequest(w.clinic(), TeamRole.PRIMARY_PHYSICIAN),
                new RecipientRequest(w.cmo(), TeamRole.CARE_MANAGER));
    }
}
