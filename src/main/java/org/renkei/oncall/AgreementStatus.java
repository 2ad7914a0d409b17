package org.renkei.oncall;

/** Where an agreement stands; labels under {@code oncall.agreement-status.*}. */
public enum AgreementStatus {
    /** 申込中: waiting for the other side. */
    PROPOSED,
    /** 締結: in force. */
    ACTIVE,
    /** 辞退: the other side said no. */
    DECLINED,
    /** 終了: ended by either side. */
    ENDED
}
