package org.renkei.security;

/** How far a member's account has come, for administrators' lists. */
public enum AccountState {
    /** No activation link sent yet (an applicant awaiting approval). */
    NONE,
    /** An activation link is out and unused. */
    INVITED,
    /** The activation link expired unused. */
    INVITATION_EXPIRED,
    /** Password set; the second factor is enrolled at the next login. */
    PASSWORD_SET,
    /** Password and TOTP in place. */
    ACTIVE,
    /** Too many failed attempts; locked until a time or until an administrator unlocks. */
    LOCKED
}
