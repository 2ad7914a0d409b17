package org.renkei.oncall;

/** Where an absence stands; labels under {@code oncall.absence-status.*}. */
public enum AbsenceStatus {
    /** 依頼中: declared, the covering doctor has not answered. The period shows as a gap until accepted. */
    DECLARED,
    /** 承諾: the covering doctor answers for the period. */
    ACCEPTED,
    /** 辞退 */
    DECLINED,
    /** 取消 */
    CANCELLED
}
