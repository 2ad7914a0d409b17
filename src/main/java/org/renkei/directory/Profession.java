package org.renkei.directory;

import java.util.EnumSet;
import java.util.Set;

/** 職種. The labels are in {@code messages*.properties} under {@code profession.*}. */
public enum Profession {
    /** 医師 */
    PHYSICIAN,
    /** 歯科医師 */
    DENTIST,
    /** 薬剤師 */
    PHARMACIST,
    /** 看護師 (訪問看護師, 退院支援看護師 …) */
    NURSE,
    /** 保健師 */
    PUBLIC_HEALTH_NURSE,
    /** 准看護師 */
    ASSISTANT_NURSE,
    /** 理学療法士 */
    PHYSICAL_THERAPIST,
    /** 作業療法士 */
    OCCUPATIONAL_THERAPIST,
    /** 言語聴覚士 */
    SPEECH_THERAPIST,
    /** 歯科衛生士 */
    DENTAL_HYGIENIST,
    /** 管理栄養士 */
    DIETITIAN,
    /** 介護支援専門員 (ケアマネジャー) */
    CARE_MANAGER,
    /** 医療ソーシャルワーカー (MSW) */
    MEDICAL_SOCIAL_WORKER,
    /** 社会福祉士 */
    SOCIAL_WORKER,
    /** 介護福祉士・訪問介護員 (ヘルパー) */
    CARE_WORKER,
    /** 行政職員 (在宅療養支援窓口 …) */
    MUNICIPAL_OFFICER,
    /** 事務職員 */
    CLERK,
    /** その他 */
    OTHER;

    private static final Set<Profession> CLINICAL = EnumSet.of(PHYSICIAN, DENTIST, PHARMACIST, NURSE,
            PUBLIC_HEALTH_NURSE, ASSISTANT_NURSE, PHYSICAL_THERAPIST, OCCUPATIONAL_THERAPIST, SPEECH_THERAPIST,
            DENTAL_HYGIENIST, DIETITIAN);

    /** 医療職: a licensed health profession (国家資格の医療職), whom break-glass is for. */
    public boolean clinical() {
        return CLINICAL.contains(this);
    }
}
