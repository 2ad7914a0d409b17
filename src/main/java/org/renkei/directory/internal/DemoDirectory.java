package org.renkei.directory.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.Capability;
import org.renkei.directory.CapabilityDeclaration;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Intake;
import org.renkei.directory.MemberStatus;
import org.renkei.directory.Profession;
import org.renkei.security.Accounts;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fictional demo data in Japanese for the default (dev) profile only: two associations, facilities of
 * every type, members of every profession, applications waiting for a decision, and what each facility that gives care
 * takes on (three 桜ヶ丘区 clinics take ventilated patients; one hospital is full, one station's intake is stale). Loaded once into
 * an empty database. Every account listed in the README logs in with {@link #PASSWORD} and the TOTP
 * secret {@link #TOTP_SECRET}.
 */
@Component
@Profile("dev")
@Order(0)
public class DemoDirectory implements ApplicationRunner {

    public static final String PASSWORD = "Renkei-Demo-2026";
    public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPRENKEIDEMO234567";

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    private final Associations associations;
    private final Districts districts;
    private final Facilities facilities;
    private final Members members;
    private final CapabilityProfiles profiles;
    private final Accounts accounts;
    private final Clock clock;

    DemoDirectory(Associations associations, Districts districts, Facilities facilities, Members members,
            CapabilityProfiles profiles, Accounts accounts, Clock clock) {
        this.associations = associations;
        this.districts = districts;
        this.facilities = facilities;
        this.members = members;
        this.profiles = profiles;
        this.accounts = accounts;
        this.clock = clock;
    }

    private record F(String key, String association, String district, FacilityType type, String name, String kana,
            String postal, String address, String phone, boolean pending) {}

    private record M(String facility, String loginId, String name, String kana, Profession profession, String admin) {}

    private static final List<F> FACILITIES = List.of(
            new F("sakura-office", "sakura", "桜ヶ丘区", FacilityType.ASSOCIATION_OFFICE, "桜ヶ丘区医師会 事務局", "サクラガオカクイシカイ ジムキョク", "170-0001", "東京都桜ヶ丘区本町1-2-3", "03-3900-1000", false),
            new F("sakura-hospital", "sakura", "桜ヶ丘区", FacilityType.HOSPITAL, "桜ヶ丘中央病院", "サクラガオカチュウオウビョウイン", "170-0002", "東京都桜ヶ丘区中央2-5-1", "03-3900-2000", false),
            new F("sakura-north", "sakura", "桜ヶ丘区", FacilityType.HOSPITAL, "桜ヶ丘北病院", "サクラガオカキタビョウイン", "170-0009", "東京都桜ヶ丘区北町5-1-1", "03-3900-2500", false),
            new F("sakura-clinic", "sakura", "桜ヶ丘区", FacilityType.CLINIC, "さくら在宅クリニック", "サクラザイタククリニック", "170-0003", "東京都桜ヶ丘区南町3-8-12", "03-3900-3000", false),
            new F("sakura-keyaki", "sakura", "桜ヶ丘区", FacilityType.CLINIC, "けやき内科クリニック", "ケヤキナイカクリニック", "170-0010", "東京都桜ヶ丘区けやき台1-4-8", "03-3900-3300", false),
            new F("sakura-hikari", "sakura", "桜ヶ丘区", FacilityType.CLINIC, "ひかり在宅診療所", "ヒカリザイタクシンリョウジョ", "170-0011", "東京都桜ヶ丘区光町2-7-15", "03-3900-3600", false),
            new F("sakura-dental", "sakura", "桜ヶ丘区", FacilityType.DENTAL_CLINIC, "桜ヶ丘歯科医院", "サクラガオカシカイイン", "170-0004", "東京都桜ヶ丘区東町1-14-2", "03-3900-4000", false),
            new F("sakura-pharmacy", "sakura", "桜ヶ丘区", FacilityType.PHARMACY, "ひまわり薬局 桜ヶ丘店", "ヒマワリヤッキョク サクラガオカテン", "170-0003", "東京都桜ヶ丘区南町3-9-1", "03-3900-5000", false),
            new F("sakura-vns", "sakura", "桜ヶ丘区", FacilityType.VISITING_NURSE_STATION, "訪問看護ステーションあおぞら", "ホウモンカンゴステーションアオゾラ", "170-0005", "東京都桜ヶ丘区西町4-2-7", "03-3900-6000", false),
            new F("sakura-care", "sakura", "桜ヶ丘区", FacilityType.CARE_MANAGEMENT_OFFICE, "ケアプランセンターつばき", "ケアプランセンターツバキ", "170-0005", "東京都桜ヶ丘区西町4-3-1", "03-3900-7000", false),
            new F("sakura-helper", "sakura", "桜ヶ丘区", FacilityType.HOME_HELP_OFFICE, "ヘルパーステーションやまぶき", "ヘルパーステーションヤマブキ", "170-0006", "東京都桜ヶ丘区北町2-1-9", "03-3900-8000", false),
            new F("sakura-center", "sakura", "桜ヶ丘区", FacilityType.COMMUNITY_SUPPORT_CENTER, "桜ヶ丘地域包括支援センター", "サクラガオカチイキホウカツシエンセンター", "170-0001", "東京都桜ヶ丘区本町1-5-1", "03-3900-9000", false),
            new F("sakura-desk", "sakura", "桜ヶ丘区", FacilityType.MUNICIPAL_SUPPORT_DESK, "桜ヶ丘区 在宅療養支援窓口", "サクラガオカク ザイタクリョウヨウシエンマドグチ", "170-0001", "東京都桜ヶ丘区本町1-1-1 区役所3階", "03-3900-0100", false),
            new F("sakura-komorebi", "sakura", "桜ヶ丘区", FacilityType.VISITING_NURSE_STATION, "こもれび訪問看護ステーション", "コモレビホウモンカンゴステーション", "170-0007", "東京都桜ヶ丘区緑町5-6-3", "03-3900-1111", true),
            new F("sakura-hanamizuki", "sakura", "桜ヶ丘区", FacilityType.CLINIC, "はなみずき在宅診療所", "ハナミズキザイタクシンリョウジョ", "170-0008", "東京都桜ヶ丘区旭町2-11-4", "03-3900-2222", true),
            new F("midori-office", "midori", "みどり市", FacilityType.ASSOCIATION_OFFICE, "みどり市医師会 事務局", "ミドリシイシカイ ジムキョク", "190-0001", "東京都みどり市本町1-1-1", "042-500-1000", false),
            new F("midori-hospital", "midori", "みどり市", FacilityType.HOSPITAL, "みどり総合病院", "ミドリソウゴウビョウイン", "190-0002", "東京都みどり市中央3-1-1", "042-500-2000", false),
            new F("midori-clinic", "midori", "あおば町", FacilityType.CLINIC, "あおば内科クリニック", "アオバナイカクリニック", "190-0101", "東京都西多摩郡あおば町1-2-3", "042-500-3000", false),
            new F("midori-vns", "midori", "みどり市", FacilityType.VISITING_NURSE_STATION, "訪問看護ステーションみどり", "ホウモンカンゴステーションミドリ", "190-0003", "東京都みどり市東町2-4-6", "042-500-4000", false),
            new F("midori-care", "midori", "みどり市", FacilityType.CARE_MANAGEMENT_OFFICE, "居宅介護支援事業所わかば", "キョタクカイゴシエンジギョウショワカバ", "190-0003", "東京都みどり市東町2-8-1", "042-500-5000", false),
            new F("midori-pharmacy", "midori", "みどり市", FacilityType.PHARMACY, "みどり中央薬局", "ミドリチュウオウヤッキョク", "190-0002", "東京都みどり市中央3-2-5", "042-500-6000", false),
            new F("midori-seseragi", "midori", "あおば町", FacilityType.VISITING_NURSE_STATION, "リハビリ訪問看護ステーションせせらぎ", "リハビリホウモンカンゴステーションセセラギ", "190-0102", "東京都西多摩郡あおば町3-3-3", "042-500-7777", true));

    /** 医療機関コード, 薬局コード, 訪問看護ステーションコード (made up, with valid check digits: Tokyo is 13). */
    private static final Map<String, String> CODES = Map.of("sakura-hospital", "1311234569", "sakura-clinic", "1311200016",
            "sakura-dental", "1331200020", "sakura-pharmacy", "1341200044", "sakura-vns", "1361600073",
            "midori-hospital", "1311500035", "midori-clinic", "1311600058", "midori-pharmacy", "1341500062");

    /** admin: "F" facility administrator, "A" association administrator, "S" suspended, "D" detached, "P" applicant. */
    private static final List<M> MEMBERS = List.of(
            new M(null, "portal-admin", "運営 管理者", "ウンエイ カンリシャ", Profession.OTHER, ""),
            new M("sakura-office", "sakura-office", "佐藤 花子", "サトウ ハナコ", Profession.CLERK, "A"),
            new M("sakura-office", "sakura-clerk", "吉田 修", "ヨシダ オサム", Profession.CLERK, ""),
            new M("sakura-hospital", "hosp-nurse", "田中 美咲", "タナカ ミサキ", Profession.NURSE, "F"),
            new M("sakura-hospital", "hosp-msw", "鈴木 健太", "スズキ ケンタ", Profession.MEDICAL_SOCIAL_WORKER, ""),
            new M("sakura-hospital", "hosp-doctor", "高橋 誠", "タカハシ マコト", Profession.PHYSICIAN, ""),
            new M("sakura-hospital", "hosp-pt", "中村 翔", "ナカムラ ショウ", Profession.PHYSICAL_THERAPIST, ""),
            new M("sakura-north", "north-msw", "大野 里美", "オオノ サトミ", Profession.MEDICAL_SOCIAL_WORKER, "F"),
            new M("sakura-north", "north-doctor", "松井 健一", "マツイ ケンイチ", Profession.PHYSICIAN, ""),
            new M("sakura-clinic", "dr-yamada", "山田 太郎", "ヤマダ タロウ", Profession.PHYSICIAN, "F"),
            new M("sakura-clinic", "dr-ito", "伊藤 直子", "イトウ ナオコ", Profession.PHYSICIAN, ""),
            new M("sakura-clinic", "clinic-nurse", "小林 由美", "コバヤシ ユミ", Profession.ASSISTANT_NURSE, ""),
            new M("sakura-keyaki", "dr-kimura", "木村 修一", "キムラ シュウイチ", Profession.PHYSICIAN, "F"),
            new M("sakura-hikari", "dr-hoshino", "星野 彩", "ホシノ アヤ", Profession.PHYSICIAN, "F"),
            new M("sakura-dental", "dentist-kato", "加藤 大輔", "カトウ ダイスケ", Profession.DENTIST, "F"),
            new M("sakura-dental", "dh-kobayashi", "小林 恵", "コバヤシ メグミ", Profession.DENTAL_HYGIENIST, ""),
            new M("sakura-pharmacy", "pharm-watanabe", "渡辺 浩", "ワタナベ ヒロシ", Profession.PHARMACIST, "F"),
            new M("sakura-pharmacy", "pharm-nakamura", "中村 彩", "ナカムラ アヤ", Profession.PHARMACIST, ""),
            new M("sakura-vns", "nurse-sasaki", "佐々木 陽子", "ササキ ヨウコ", Profession.NURSE, "F"),
            new M("sakura-vns", "nurse-matsumoto", "松本 香織", "マツモト カオリ", Profession.NURSE, ""),
            new M("sakura-vns", "pt-inoue", "井上 拓也", "イノウエ タクヤ", Profession.PHYSICAL_THERAPIST, ""),
            new M("sakura-vns", "ot-kimura", "木村 さやか", "キムラ サヤカ", Profession.OCCUPATIONAL_THERAPIST, ""),
            new M("sakura-vns", "nurse-former", "清水 智子", "シミズ トモコ", Profession.NURSE, "D"),
            new M("sakura-care", "cm-hayashi", "林 久美子", "ハヤシ クミコ", Profession.CARE_MANAGER, "F"),
            new M("sakura-care", "cm-shimizu", "清水 明", "シミズ アキラ", Profession.CARE_MANAGER, ""),
            new M("sakura-helper", "helper-yamaguchi", "山口 幸子", "ヤマグチ サチコ", Profession.CARE_WORKER, "F"),
            new M("sakura-helper", "helper-mori", "森 勇気", "モリ ユウキ", Profession.CARE_WORKER, "S"),
            new M("sakura-center", "center-ikeda", "池田 純一", "イケダ ジュンイチ", Profession.SOCIAL_WORKER, "F"),
            new M("sakura-center", "center-hashimoto", "橋本 真理", "ハシモト マリ", Profession.PUBLIC_HEALTH_NURSE, ""),
            new M("sakura-desk", "desk-abe", "阿部 正人", "アベ マサト", Profession.MUNICIPAL_OFFICER, "F"),
            new M("sakura-desk", "desk-ishikawa", "石川 愛", "イシカワ アイ", Profession.PUBLIC_HEALTH_NURSE, ""),
            new M("sakura-komorebi", "komorebi-admin", "岡田 遥", "オカダ ハルカ", Profession.NURSE, "P"),
            new M("sakura-hanamizuki", "hanamizuki-admin", "前田 浩二", "マエダ コウジ", Profession.PHYSICIAN, "P"),
            new M("midori-office", "midori-office", "藤田 恵子", "フジタ ケイコ", Profession.CLERK, "A"),
            new M("midori-hospital", "midori-nurse", "後藤 美穂", "ゴトウ ミホ", Profession.NURSE, "F"),
            new M("midori-hospital", "midori-doctor", "長谷川 剛", "ハセガワ ツヨシ", Profession.PHYSICIAN, ""),
            new M("midori-hospital", "midori-msw", "村上 亮", "ムラカミ リョウ", Profession.MEDICAL_SOCIAL_WORKER, ""),
            new M("midori-hospital", "midori-st", "近藤 早苗", "コンドウ サナエ", Profession.SPEECH_THERAPIST, ""),
            new M("midori-clinic", "dr-ogawa", "小川 隆", "オガワ タカシ", Profession.PHYSICIAN, "F"),
            new M("midori-vns", "nurse-okada", "岡田 直美", "オカダ ナオミ", Profession.NURSE, "F"),
            new M("midori-vns", "nurse-goto", "後藤 純子", "ゴトウ ジュンコ", Profession.NURSE, ""),
            new M("midori-care", "cm-fujita", "藤田 大樹", "フジタ ダイキ", Profession.CARE_MANAGER, "F"),
            new M("midori-pharmacy", "pharm-ueda", "上田 聡", "ウエダ サトシ", Profession.PHARMACIST, "F"),
            new M("midori-pharmacy", "diet-morita", "森田 千尋", "モリタ チヒロ", Profession.DIETITIAN, ""),
            new M("midori-seseragi", "seseragi-admin", "西村 亜希子", "ニシムラ アキコ", Profession.PHYSICAL_THERAPIST, "P"));

    /** What a facility takes on, as {@code by} declared it {@code daysAgo} days ago (40: its intake reads as unknown). */
    private record P(String facility, String by, Set<Capability> takes, List<String> districts, @Nullable Integer radiusKm,
            String hours, @Nullable Intake intake, int daysAgo) {}

    private static final List<P> PROFILES = List.of(
            new P("sakura-hospital", "hosp-nurse", EnumSet.of(Capability.SHORT_STAY, Capability.VENTILATOR, Capability.TRACHEOSTOMY,
                    Capability.TPN, Capability.GASTROSTOMY, Capability.DIALYSIS, Capability.END_OF_LIFE, Capability.REHABILITATION,
                    Capability.SWALLOWING), List.of("桜ヶ丘区"), null,
                    "地域連携室 平日 8:30〜17:15（救急は24時間）", Intake.ASK, 3),
            new P("sakura-north", "north-msw", EnumSet.of(Capability.SHORT_STAY, Capability.HOME_OXYGEN, Capability.DEMENTIA,
                    Capability.END_OF_LIFE, Capability.REHABILITATION), List.of("桜ヶ丘区"), null,
                    "地域連携室 平日 9:00〜17:00", Intake.FULL, 1),
            new P("sakura-clinic", "dr-yamada", EnumSet.of(Capability.VENTILATOR, Capability.TRACHEOSTOMY, Capability.HOME_OXYGEN,
                    Capability.TPN, Capability.GASTROSTOMY, Capability.OPIOID_PAIN, Capability.PAEDIATRIC, Capability.DEMENTIA,
                    Capability.END_OF_LIFE, Capability.ROUND_THE_CLOCK), List.of("桜ヶ丘区"), 16,
                    "訪問診療 月〜金 9:00〜18:00、緊急往診は24時間", Intake.ACCEPTING, 2),
            new P("sakura-keyaki", "dr-kimura", EnumSet.of(Capability.VENTILATOR, Capability.HOME_OXYGEN, Capability.GASTROSTOMY,
                    Capability.DEMENTIA, Capability.END_OF_LIFE, Capability.ROUND_THE_CLOCK), List.of(), 16,
                    "外来 月〜土 9:00〜12:30、訪問診療 火・木の午後", Intake.ASK, 5),
            new P("sakura-hikari", "dr-hoshino", EnumSet.of(Capability.VENTILATOR, Capability.TRACHEOSTOMY, Capability.HOME_OXYGEN,
                    Capability.TPN, Capability.OPIOID_PAIN, Capability.PAEDIATRIC, Capability.END_OF_LIFE,
                    Capability.ROUND_THE_CLOCK), List.of("桜ヶ丘区"), 10,
                    "訪問診療 月〜金 8:30〜17:30、夜間・休日は電話で対応", Intake.ACCEPTING, 1),
            new P("sakura-dental", "dentist-kato", EnumSet.of(Capability.HOME_DENTAL, Capability.SWALLOWING, Capability.DEMENTIA),
                    List.of("桜ヶ丘区"), null, "訪問歯科 月・水・金 14:00〜18:00", Intake.ACCEPTING, 6),
            new P("sakura-pharmacy", "pharm-watanabe", EnumSet.of(Capability.STERILE_COMPOUNDING, Capability.TPN,
                    Capability.OPIOID_PAIN, Capability.PAEDIATRIC, Capability.ROUND_THE_CLOCK), List.of("桜ヶ丘区"), null,
                    "月〜金 9:00〜19:00、土 9:00〜13:00（時間外は携帯電話で対応）", Intake.ACCEPTING, 4),
            new P("sakura-vns", "nurse-sasaki", EnumSet.of(Capability.ROUND_THE_CLOCK, Capability.VENTILATOR, Capability.TRACHEOSTOMY,
                    Capability.HOME_OXYGEN, Capability.TPN, Capability.GASTROSTOMY, Capability.OPIOID_PAIN, Capability.PAEDIATRIC,
                    Capability.DEMENTIA, Capability.END_OF_LIFE, Capability.REHABILITATION), List.of("桜ヶ丘区"), null,
                    "月〜土 8:30〜17:30、24時間の緊急訪問あり", Intake.ASK, 2),
            new P("sakura-komorebi", "sakura-office", EnumSet.of(Capability.REHABILITATION, Capability.DEMENTIA,
                    Capability.SWALLOWING), List.of(), null, "月〜金 9:00〜18:00", null, 2),
            new P("sakura-hanamizuki", "sakura-office", EnumSet.of(Capability.HOME_OXYGEN, Capability.DEMENTIA,
                    Capability.END_OF_LIFE), List.of(), 16, "訪問診療 月〜金", null, 2),
            new P("midori-hospital", "midori-nurse", EnumSet.of(Capability.SHORT_STAY, Capability.VENTILATOR, Capability.DIALYSIS,
                    Capability.REHABILITATION, Capability.END_OF_LIFE), List.of("みどり市", "あおば町"), null,
                    "地域連携室 平日 8:30〜17:00", Intake.ACCEPTING, 7),
            new P("midori-clinic", "dr-ogawa", EnumSet.of(Capability.HOME_OXYGEN, Capability.GASTROSTOMY, Capability.DEMENTIA,
                    Capability.END_OF_LIFE, Capability.ROUND_THE_CLOCK), List.of("あおば町", "みどり市"), 16,
                    "外来 月〜金 9:00〜18:00、訪問診療 水・土", Intake.ACCEPTING, 3),
            new P("midori-vns", "nurse-okada", EnumSet.of(Capability.VENTILATOR, Capability.HOME_OXYGEN, Capability.GASTROSTOMY,
                    Capability.DEMENTIA, Capability.END_OF_LIFE, Capability.ROUND_THE_CLOCK), List.of("みどり市"), null,
                    "月〜金 9:00〜17:30、24時間の電話相談", Intake.ACCEPTING, 40),
            new P("midori-pharmacy", "pharm-ueda", EnumSet.of(Capability.OPIOID_PAIN, Capability.DEMENTIA), List.of("みどり市"), null,
                    "月〜土 9:00〜18:00", Intake.ASK, 10),
            new P("midori-seseragi", "midori-office", EnumSet.of(Capability.REHABILITATION, Capability.SWALLOWING),
                    List.of("あおば町"), null, "月〜金 9:00〜17:00", null, 2));

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (associations.count() > 0) {
            return;
        }
        Instant now = Instant.now(clock);
        Association sakura = associations.save(new Association("sakura", "桜ヶ丘区医師会", "サクラガオカクイシカイ", "東京都",
                "03-3900-1000", "office@sakura-med.example", now));
        Association midori = associations.save(new Association("midori", "みどり市医師会", "ミドリシイシカイ", "東京都",
                "042-500-1000", "office@midori-med.example", now));
        Map<String, Association> byCode = Map.of("sakura", sakura, "midori", midori);
        Map<String, District> districtByName = new HashMap<>();
        for (String[] d : new String[][] {{"sakura", "桜ヶ丘区"}, {"midori", "みどり市"}, {"midori", "あおば町"}}) {
            districtByName.put(d[1], districts.save(new District(byCode.get(d[0]).id(), d[1])));
        }
        Map<String, Facility> facilityByKey = new HashMap<>();
        for (F f : FACILITIES) {
            long association = byCode.get(f.association()).id();
            Long district = districtByName.get(f.district()).id();
            Facility.Details details = new Facility.Details(f.name(), f.kana(), CODES.get(f.key()), f.postal(), f.address(), f.phone(),
                    null, f.key() + "@example.jp");
            Instant applied = now.minus(Duration.ofDays(f.pending() ? 2 : 400));
            facilityByKey.put(f.key(), facilities.save(f.pending()
                    ? Facility.apply(association, district, f.type(), details, applied)
                    : Facility.admitted(association, district, f.type(), details, applied)));
        }
        String hash = accounts.hashPassword(PASSWORD);
        Map<String, Actor> actorByLogin = new HashMap<>();
        for (M m : MEMBERS) {
            Facility facility = m.facility() == null ? null : facilityByKey.get(m.facility());
            Member member = create(facility, m, now);
            if (!m.admin().equals("P")) {
                accounts.installDemoCredential(member.id(), hash, TOTP_SECRET);
            }
            if (facility != null && (m.admin().equals("F") || m.admin().equals("A"))) {
                actorByLogin.put(m.loginId(), new Actor(member.id(), member.loginId(), member.name(), facility.id(), facility.name(),
                        facility.associationId(), m.admin().equals("F") ? Set.of(Role.MEMBER, Role.FACILITY_ADMIN)
                                : Set.of(Role.MEMBER, Role.ASSOCIATION_ADMIN)));
            }
        }
        for (P p : PROFILES) {
            Facility facility = facilityByKey.get(p.facility());
            CapabilityProfile profile = CapabilityProfile.none(facility);
            List<District> served = p.districts().stream().map(districtByName::get).toList();
            profile.declare(Objects.requireNonNull(actorByLogin.get(p.by())), facility, new CapabilityDeclaration(p.takes(),
                    served.stream().map(District::id).collect(Collectors.toSet()), p.radiusKm(), p.hours(), p.intake()), served,
                    now.minus(Duration.ofDays(p.daysAgo())));
            profiles.save(profile);
        }
        log.info("Loaded demo data: {} associations, {} facilities, {} members (password and TOTP secret in README)",
                byCode.size(), FACILITIES.size(), MEMBERS.size());
    }

    private Member create(@Nullable Facility facility, M m, Instant now) {
        Member.Details details = new Member.Details(m.name(), m.kana(), m.profession(),
                m.loginId() + "@example.jp", null);
        Member member = m.admin().equals("P")
                ? Member.applicant(Objects.requireNonNull(facility).id(), m.loginId(), details, now)
                : Member.of(facility == null ? null : facility.id(), m.loginId(), details, MemberStatus.ACTIVE, now);
        switch (m.admin()) {
            case "F" -> member.makeFacilityAdmin(true, now);
            case "A" -> member.makeAssociationAdmin(true, now);
            case "S" -> member.suspend("デモ: 利用停止中のアカウント", now);
            case "D" -> member.detach(now);
            default -> {
                if (facility == null) {
                    member.makeSystemAdmin(now);
                }
            }
        }
        return members.save(member);
    }
}
