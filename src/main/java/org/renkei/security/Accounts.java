package org.renkei.security;

import java.util.Collection;
import java.util.Map;

/**
 * Accounts as other modules see them. The caller has already decided that the acting member may do
 * this to that member (the directory knows who administers whom); these methods do not check again.
 */
public interface Accounts {

    /** Sends a new activation link (and voids earlier ones) so the member can set a password. */
    void invite(long memberId, String loginId, String name, String email);

    /** The account state of each member, for administrators' lists; one query whatever the count. */
    Map<Long, AccountState> states(Collection<Long> memberIds);

    /** Lifts a lock from too many failed attempts. */
    void unlock(long memberId);

    /**
     * Forgets the member's TOTP secret and recovery codes (a lost phone): they enrol again at next login, which needs
     * their password (a reset link is not sent while the second factor is reset). The member is told by mail.
     */
    void resetSecondFactor(long memberId);

    /**
     * Someone else (an administrator) asks to change the member's e-mail address: nothing changes until the member
     * confirms from a link mailed to the current address; the new address is told that a change waits.
     */
    void requestEmailChange(long memberId, String newEmail);

    /** The member changed their own address: the old one is told. */
    void emailChanged(long memberId, String oldEmail);

    /**
     * Gives an account created from configuration or a one-time command its first password, checked
     * against the password rules. The member enrols a second factor at first login.
     */
    void setInitialPassword(long memberId, String loginId, String rawPassword);

    /** Demo data only: a known password hash and TOTP secret, so newcomers and end-to-end tests can log in. */
    void installDemoCredential(long memberId, String passwordHash, String base32TotpSecret);

    /** A slow hash (bcrypt) of a password, for {@link #installDemoCredential}. */
    String hashPassword(String rawPassword);

    /** Ends the member's open sessions once the current transaction commits (suspension, detachment, role change). */
    void endSessionsAfterCommit(long memberId);
}
