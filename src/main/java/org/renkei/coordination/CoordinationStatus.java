package org.renkei.coordination;

/** Where a request stands; labels under {@code coordination.status.*}. */
public enum CoordinationStatus {
    /** 受付 */
    RECEIVED,
    /** 照会中: inquiries sent, answers coming in. */
    INQUIRING,
    /** 提案済: the desk proposed a facility to the requester. */
    PROPOSED,
    /** 成立: the requester accepted. */
    MATCHED,
    /** 不成立: nobody could take the patient. */
    UNMATCHED,
    /** 完了 */
    COMPLETED,
    /** 取下げ */
    WITHDRAWN;

    public boolean open() {
        return this == RECEIVED || this == INQUIRING || this == PROPOSED;
    }
}
