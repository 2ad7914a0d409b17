package org.renkei.directory;

/** Where a facility stands with its association. */
public enum FacilityStatus {
    /** 申請中: applied, awaiting the association's decision. */
    PENDING,
    /** 利用中 */
    ACTIVE,
    /** 利用停止: its members cannot log in. */
    SUSPENDED,
    /** 却下: the application was turned down. */
    REJECTED
}
