package org.renkei.oncall;

/** What the covering doctor did; labels under {@code oncall.outcome.*}. */
public enum CallOutcome {
    /** 電話指示 */
    PHONE_ADVICE,
    /** 往診 */
    VISIT,
    /** 救急搬送 */
    AMBULANCE,
    /** 後方支援病床の依頼 */
    BACKUP_BED,
    /** 死亡確認 */
    DEATH_CONFIRMED
}
