package org.renkei.events;

/** What sort of meeting. The labels are in {@code messages*.properties} under {@code events.kind.*}. */
public enum MeetingKind {
    /** 多職種連携連絡会 */
    LIAISON,
    /** 研修 */
    TRAINING,
    /** 在宅療養地域リーダー養成研修: a course; the history counts its sessions */
    LEADER_COURSE,
    /** 病診連携研修（相互研修） */
    HOSPITAL_CLINIC,
    /** 入退院時連携強化研修 */
    ADMISSION_DISCHARGE,
    /** 病院内の理解促進研修（院内研修） */
    IN_HOSPITAL,
    /** 症例検討会 */
    CASE_REVIEW,
    /** シンポジウム */
    SYMPOSIUM,
    /** 在宅医療参入促進セミナー */
    SEMINAR,
    /** 小児等在宅医療推進研修 */
    PAEDIATRIC
}
