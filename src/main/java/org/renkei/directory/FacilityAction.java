package org.renkei.directory;

/**
 * What an administrator may do with a facility now, as {@link FacilityService#allowedActions} decides it; each command
 * refuses the rest by the same rule.
 */
public enum FacilityAction {
    /** 承認 of an application. */
    APPROVE,
    /** 却下 of an application. */
    REJECT,
    /** 利用停止 */
    SUSPEND,
    /** The suspension lifted. */
    REINSTATE,
    /** Add staff (by hand or from a CSV file): only to an active facility. */
    ADD_STAFF,
    /** Enter or correct the 医療機関コード・事業所番号: by whoever manages the staff, in any state. */
    EDIT_CODE
}
