package org.renkei.directory;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a facility takes on (対応可能な医療・ケア), as its administrator declares it. Each kind of facility may declare only
 * what it can give ({@link #declarableBy}); the labels are in {@code messages*.properties} under {@code capability.*}.
 */
public enum Capability {
    /** 人工呼吸器 */
    VENTILATOR,
    /** 気管切開 */
    TRACHEOSTOMY,
    /** 在宅酸素 */
    HOME_OXYGEN,
    /** 中心静脈栄養 (a pharmacy: supplies it) */
    TPN,
    /** 胃瘻 */
    GASTROSTOMY,
    /** 在宅透析（腹膜透析） */
    DIALYSIS,
    /** 麻薬による疼痛管理 (a pharmacy: dispenses and keeps them) */
    OPIOID_PAIN,
    /** 小児 */
    PAEDIATRIC,
    /** 認知症 */
    DEMENTIA,
    /** 看取り */
    END_OF_LIFE,
    /** 24時間対応 */
    ROUND_THE_CLOCK,
    /** 訪問リハビリテーション */
    REHABILITATION,
    /** 摂食嚥下 */
    SWALLOWING,
    /** 訪問歯科 */
    HOME_DENTAL,
    /** 無菌調剤 */
    STERILE_COMPOUNDING,
    /** レスパイト・短期入院 */
    SHORT_STAY;

    /** What this kind of facility may declare; nothing for those that do not treat or nurse patients themselves. */
    public static Set<Capability> declarableBy(FacilityType type) {
        return switch (type) {
            case HOSPITAL -> EnumSet.of(VENTILATOR, TRACHEOSTOMY, HOME_OXYGEN, TPN, GASTROSTOMY, DIALYSIS, OPIOID_PAIN, PAEDIATRIC,
                    DEMENTIA, END_OF_LIFE, ROUND_THE_CLOCK, REHABILITATION, SWALLOWING, SHORT_STAY);
            case CLINIC -> EnumSet.of(VENTILATOR, TRACHEOSTOMY, HOME_OXYGEN, TPN, GASTROSTOMY, DIALYSIS, OPIOID_PAIN, PAEDIATRIC,
                    DEMENTIA, END_OF_LIFE, ROUND_THE_CLOCK, REHABILITATION, SWALLOWING);
            case VISITING_NURSE_STATION -> EnumSet.of(VENTILATOR, TRACHEOSTOMY, HOME_OXYGEN, TPN, GASTROSTOMY, DIALYSIS,
                    OPIOID_PAIN, PAEDIATRIC, DEMENTIA, END_OF_LIFE, ROUND_THE_CLOCK, REHABILITATION, SWALLOWING);
            case DENTAL_CLINIC -> EnumSet.of(HOME_DENTAL, SWALLOWING, PAEDIATRIC, DEMENTIA);
            case PHARMACY -> EnumSet.of(STERILE_COMPOUNDING, TPN, OPIOID_PAIN, PAEDIATRIC, DEMENTIA, ROUND_THE_CLOCK);
            case CARE_MANAGEMENT_OFFICE, HOME_HELP_OFFICE, COMMUNITY_SUPPORT_CENTER, MUNICIPAL_SUPPORT_DESK, ASSOCIATION_OFFICE,
                    OTHER -> EnumSet.noneOf(Capability.class);
        };
    }

    /** The kinds of facility that declare what they take on: the ones the capability search looks among. */
    public static Set<FacilityType> declaringTypes() {
        Set<FacilityType> types = EnumSet.noneOf(FacilityType.class);
        for (FacilityType t : FacilityType.values()) {
            if (!declarableBy(t).isEmpty()) {
                types.add(t);
            }
        }
        return types;
    }
}
