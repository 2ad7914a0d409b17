package org.renkei.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 患者サマリー: what a newcomer to the team must know. Stored whole as each version (JSON), so any two
 * versions can be compared. Every part may be empty.
 */
public record PatientSummary(
        List<Problem> problems,
        List<Medication> medications,
        List<Allergy> allergies,
        List<String> contraindications,
        @Nullable CareLevel careLevel,
        @Nullable LocalDate careLevelValidUntil,
        @Nullable Independence independence,
        @Nullable DementiaLevel dementia,
        Map<AdlItem, AdlLevel> adl,
        Set<Device> devices,
        @Nullable String deviceNotes,
        List<Contact> contacts,
        Acp acp,
        List<SafetyFlag> safetyFlags,
        @Nullable Paediatric paediatric,
        @Nullable String notes,
        OnCall onCall,
        DeviceProfile deviceProfile) {

    public PatientSummary {
        problems = problems == null ? List.of() : List.copyOf(problems);
        medications = medications == null ? List.of() : List.copyOf(medications);
        allergies = allergies == null ? List.of() : List.copyOf(allergies);
        contraindications = contraindications == null ? List.of() : List.copyOf(contraindications);
        adl = adl == null ? Map.of() : Map.copyOf(adl);
        devices = devices == null ? Set.of() : Set.copyOf(devices);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        acp = acp == null ? Acp.empty() : acp;
        safetyFlags = safetyFlags == null ? List.of() : List.copyOf(safetyFlags);
        onCall = onCall == null ? OnCall.empty() : onCall;
        deviceProfile = deviceProfile == null ? DeviceProfile.empty() : deviceProfile;
    }

    /** A summary without the device profile (as written before it existed). */
    public PatientSummary(List<Problem> problems, List<Medication> medications, List<Allergy> allergies,
            List<String> contraindications, @Nullable CareLevel careLevel, @Nullable LocalDate careLevelValidUntil,
            @Nullable Independence independence, @Nullable DementiaLevel dementia, Map<AdlItem, AdlLevel> adl,
            Set<Device> devices, @Nullable String deviceNotes, List<Contact> contacts, Acp acp, List<SafetyFlag> safetyFlags,
            @Nullable Paediatric paediatric, @Nullable String notes, OnCall onCall) {
        this(problems, medications, allergies, contraindications, careLevel, careLevelValidUntil, independence, dementia, adl,
                devices, deviceNotes, contacts, acp, safetyFlags, paediatric, notes, onCall, DeviceProfile.empty());
    }

    /** A summary without the on-call section (as written before it existed). */
    public PatientSummary(List<Problem> problems, List<Medication> medications, List<Allergy> allergies,
            List<String> contraindications, @Nullable CareLevel careLevel, @Nullable LocalDate careLevelValidUntil,
            @Nullable Independence independence, @Nullable DementiaLevel dementia, Map<AdlItem, AdlLevel> adl,
            Set<Device> devices, @Nullable String deviceNotes, List<Contact> contacts, Acp acp, List<SafetyFlag> safetyFlags,
            @Nullable Paediatric paediatric, @Nullable String notes) {
        this(problems, medications, allergies, contraindications, careLevel, careLevelValidUntil, independence, dementia, adl,
                devices, deviceNotes, contacts, acp, safetyFlags, paediatric, notes, OnCall.empty(), DeviceProfile.empty());
    }

    /** The same summary with another on-call section. */
    public PatientSummary withOnCall(OnCall section) {
        return new PatientSummary(problems, medications, allergies, contraindications, careLevel, careLevelValidUntil,
                independence, dementia, adl, devices, deviceNotes, contacts, acp, safetyFlags, paediatric, notes, section,
                deviceProfile);
    }

    /** The same summary with another device profile. */
    public PatientSummary withDeviceProfile(DeviceProfile profile) {
        return new PatientSummary(problems, medications, allergies, contraindications, careLevel, careLevelValidUntil,
                independence, dementia, adl, devices, deviceNotes, contacts, acp, safetyFlags, paediatric, notes, onCall, profile);
    }

    /** Whether the devices differ from another version's: the ticked devices or the device profile (機器が変わった). */
    public boolean devicesDifferFrom(PatientSummary other) {
        return !devices.equals(other.devices) || !deviceProfile.equals(other.deviceProfile);
    }

    public static PatientSummary empty() {
        return new PatientSummary(List.of(), List.of(), List.of(), List.of(), null, null, null, null, Map.of(), Set.of(),
                null, List.of(), Acp.empty(), List.of(), null, null, OnCall.empty(), DeviceProfile.empty());
    }

    /** 病名・問題 */
    public record Problem(String name, @Nullable LocalDate since, boolean active, @Nullable String note) {}

    /** 処方; {@code asNeeded} for 頓用 (given when a condition arises, e.g. "発熱時", written in {@code usage}). */
    public record Medication(String name, @Nullable String dose, @Nullable String usage, @Nullable String prescriber,
            @Nullable String note, boolean asNeeded) {

        /** A regular medicine (not 頓用). */
        public Medication(String name, @Nullable String dose, @Nullable String usage, @Nullable String prescriber,
                @Nullable String note) {
            this(name, dose, usage, prescriber, note, false);
        }
    }

    /** アレルギー・禁忌 */
    public record Allergy(String substance, AllergyKind kind, @Nullable String reaction, boolean severe) {}

    public enum AllergyKind { DRUG, FOOD, OTHER }

    /** 要介護度 */
    public enum CareLevel { APPLYING, SUPPORT_1, SUPPORT_2, CARE_1, CARE_2, CARE_3, CARE_4, CARE_5, NOT_CERTIFIED }

    /** 障害高齢者の日常生活自立度 */
    public enum Independence { INDEPENDENT, J1, J2, A1, A2, B1, B2, C1, C2 }

    /** 認知症高齢者の日常生活自立度 */
    public enum DementiaLevel { NONE, I, IIa, IIb, IIIa, IIIb, IV, M }

    /** ADL items of the MHLW admission sheet. */
    public enum AdlItem { MOVING, TRANSFER, DRESSING, GROOMING, BATHING, EATING, TOILETING }

    public enum AdlLevel { INDEPENDENT, SUPERVISED, PARTIAL, FULL }

    /** 医療機器・医療処置 */
    public enum Device {
        GASTROSTOMY, NASOGASTRIC_TUBE, CENTRAL_VENOUS_NUTRITION, HOME_OXYGEN, VENTILATOR, TRACHEOSTOMY, SUCTION,
        URINARY_CATHETER, STOMA, PRESSURE_ULCER_CARE, DIALYSIS, PAIN_PUMP, INSULIN
    }

    /** キーパーソン・連絡先 */
    public record Contact(String name, String relation, @Nullable String phone, boolean keyPerson, @Nullable String note) {}

    /** 人生会議 (ACP): the wishes recorded, and when they are to be reviewed. */
    public record Acp(@Nullable PlaceOfCare placeOfCare, @Nullable Resuscitation resuscitation,
            @Nullable String decisionMaker, @Nullable String wishes, @Nullable LocalDate discussedOn,
            @Nullable LocalDate reviewOn) {

        public static Acp empty() {
            return new Acp(null, null, null, null, null, null);
        }
    }

    public enum PlaceOfCare { HOME, HOSPITAL, CARE_FACILITY, UNDECIDED }

    public enum Resuscitation { FULL, DNAR, UNDECIDED }

    /** 訪問時の注意: what a visitor must know before going (visit in pairs, a dog, oxygen and smoking …). */
    public record SafetyFlag(SafetyKind kind, @Nullable String note) {}

    public enum SafetyKind { VISIT_IN_PAIRS, HARASSMENT, PET, INFECTION, FIRE_RISK, ACCESS, OTHER }

    /** 小児: for a child, the guardians, the school and the medical care needed there. */
    public record Paediatric(@Nullable String guardians, @Nullable String school, @Nullable String medicalCare,
            @Nullable String development) {}

    /**
     * 夜間・休日の対応: what a doctor who does not know the patient needs at night (the on-call brief, 申し送り).
     *
     * @param entry          入室方法: how to get in (key box, who opens the door)
     * @param transport      the wish about being taken to hospital (救急搬送の希望)
     * @param expectedEvents 予測される状態変化 with the standing order (約束指示) for each
     * @param lastVisitOn    the last visit of the 主治医 or the nurses
     * @param backupBed      後方支援病床: the hospital where the patient is registered for a bed, if any
     */
    public record OnCall(@Nullable String entry, @Nullable Transport transport, List<ExpectedEvent> expectedEvents,
            @Nullable LocalDate lastVisitOn, @Nullable String backupBed) {

        public OnCall {
            expectedEvents = expectedEvents == null ? List.of() : List.copyOf(expectedEvents);
        }

        public static OnCall empty() {
            return new OnCall(null, null, List.of(), null, null);
        }
    }

    /** 救急搬送の希望 */
    public enum Transport { WANTED, NOT_WANTED, DISCUSS_WITH_FAMILY }

    /** 予測される状態変化 and 約束指示: e.g. "発熱（38℃以上）" → "カロナール200mg 2錠頓用、翌朝主治医へ報告". */
    public record ExpectedEvent(String event, @Nullable String order) {}

    /**
     * 医療機器の詳細 (for a patient on a ventilator, oxygen concentrator, suction or feeding pump): what runs on power and
     * for how long without it, what backs it up, and whom to call. What the disaster plan (災害時個別支援計画) reads.
     *
     * @param charging           how the batteries are charged (e.g. "車のシガーソケットから充電可")
     * @param resuscitationBag   蘇生バッグ (アンビューバッグ) at home
     * @param suctionOnBattery   the suction unit runs on its own battery (or a manual/foot pump exists)
     * @param oxygen             酸素: concentrator and cylinders, flow
     * @param humidifier         加温加湿器
     * @param supplier           the device supplier (業者)
     * @param supplierPhone      its 24-hour number
     * @param powerCompanyRegistered registered with the power company (停電時の優先連絡・情報提供)
     */
    public record DeviceProfile(List<PoweredDevice> devices, @Nullable String charging, boolean resuscitationBag,
            boolean suctionOnBattery, @Nullable String oxygen, @Nullable String humidifier, @Nullable String supplier,
            @Nullable String supplierPhone, boolean powerCompanyRegistered) {

        public DeviceProfile {
            devices = devices == null ? List.of() : List.copyOf(devices);
        }

        public static DeviceProfile empty() {
            return new DeviceProfile(List.of(), null, false, false, null, null, null, null, false);
        }

        public boolean nothingRecorded() {
            return equals(empty());
        }

        /**
         * How long the batteries last, in minutes (internal and external together): the ventilator's where there is one
         * (what the 区 asks first), otherwise the shortest of the devices; null if unknown.
         */
        public @Nullable Integer batteryRuntimeMinutes() {
            return devices.stream().filter(d -> d.kind() == PoweredKind.VENTILATOR).map(PoweredDevice::runtimeMinutes)
                    .filter(java.util.Objects::nonNull).min(Integer::compare)
                    .orElseGet(() -> devices.stream().map(PoweredDevice::runtimeMinutes).filter(java.util.Objects::nonNull)
                            .min(Integer::compare).orElse(null));
        }
    }

    /** A device that needs power: 人工呼吸器, 酸素濃縮器, 吸引器, 経管栄養ポンプ. */
    public enum PoweredKind { VENTILATOR, OXYGEN_CONCENTRATOR, SUCTION, FEEDING_PUMP }

    /** 換気モード: TPPV (気管切開下) or NPPV (マスク). */
    public enum VentilationMode { TPPV, NPPV }

    /**
     * One powered device: maker and model, the mode (ventilators), hours a day in use, and its batteries.
     *
     * @param internalBatteryMinutes 内部バッテリーの駆動時間
     * @param externalBatteryMinutes 外部バッテリー1個の駆動時間
     * @param externalBatteries      外部バッテリーの個数
     */
    public record PoweredDevice(PoweredKind kind, @Nullable String maker, @Nullable String model, @Nullable VentilationMode mode,
            @Nullable Integer hoursPerDay, @Nullable Integer internalBatteryMinutes, @Nullable Integer externalBatteryMinutes,
            int externalBatteries) {

        /** How long it runs without mains power: the internal battery and every external one; null if neither is known. */
        public @Nullable Integer runtimeMinutes() {
            if (internalBatteryMinutes == null && externalBatteryMinutes == null) {
                return null;
            }
            return (internalBatteryMinutes == null ? 0 : internalBatteryMinutes)
                    + (externalBatteryMinutes == null ? 0 : externalBatteryMinutes * externalBatteries);
        }
    }
}
