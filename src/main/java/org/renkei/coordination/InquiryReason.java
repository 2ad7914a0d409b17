package org.renkei.coordination;

/** Why a facility cannot take the patient; labels under {@code coordination.reason.*}. */
public enum InquiryReason {
    /** 定員 */
    CAPACITY,
    /** 対象外 */
    NOT_ELIGIBLE,
    /** 地域外 */
    OUT_OF_AREA,
    /** その他 */
    OTHER
}
