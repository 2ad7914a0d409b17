package org.renkei.directory;

/**
 * What an administrator may do to a member now, as {@link MemberService#allowedActions} decides it; each command of
 * the service refuses the rest by the same rule.
 */
public enum MemberAction {
    /** Correct the member's details. */
    EDIT,
    /** Mail the activation link again: no account yet, or the invitation is open or expired. */
    RESEND_INVITATION,
    /** Lift the lock of a locked account. */
    UNLOCK,
    /** For a lost phone: the member enrols a new authenticator app at the next login. */
    RESET_SECOND_FACTOR,
    /** 施設管理者の指定, or its withdrawal. */
    FACILITY_ADMIN,
    /** 医師会事務局の管理者, or its withdrawal. */
    ASSOCIATION_ADMIN,
    /** 利用停止 */
    SUSPEND,
    /** The suspension lifted. */
    REINSTATE,
    /** 所属解除 */
    DETACH
}
