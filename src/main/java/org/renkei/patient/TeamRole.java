package org.renkei.patient;

/** A care-team member's role (チームでの役割); labels under {@code team-role.*}. */
public enum TeamRole {
    /** 主治医 */
    PRIMARY_PHYSICIAN,
    /** 副主治医 */
    SECONDARY_PHYSICIAN,
    /** 訪問看護 */
    VISITING_NURSE,
    /** ケアマネ */
    CARE_MANAGER,
    /** 薬剤師 */
    PHARMACIST,
    /** リハビリ */
    REHABILITATION,
    /** 歯科 */
    DENTAL,
    /** 介護 */
    CARE_WORKER,
    /** 病院 (while admitted) */
    HOSPITAL,
    /** 支援窓口 */
    SUPPORT_DESK
}
