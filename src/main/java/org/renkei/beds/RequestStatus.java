package org.renkei.beds;

/** Where a request stands; labels under {@code beds.status.*}. */
public enum RequestStatus {
    /** 下書き: drafted by the team, waiting for the 主治医's confirmation. */
    DRAFT,
    /** 窓口確認中: in the programme's desk hours, the 区's desk passes it on to the hospital first. */
    AT_DESK,
    /** 依頼中: sent to the hospital, which answers by the due time. */
    REQUESTED,
    /** 受入可 */
    ACCEPTED,
    /** 受入不可 */
    DECLINED,
    /** 期限切れ: no answer in time. */
    EXPIRED,
    /** 入院済 */
    ADMITTED,
    /** 退院済 */
    DISCHARGED,
    /** 取下げ */
    WITHDRAWN;

    /** A refusal or no answer: the request offers the next hospital. */
    public boolean unanswered() {
        return this == DECLINED || this == EXPIRED;
    }
}
