package org.renkei.security;

import java.util.Optional;

/**
 * What login needs to know about members, provided by the directory (which owns them). Security
 * defines it so that it does not depend on the directory.
 */
public interface MemberAccounts {

    Optional<LoginSubject> findByLoginId(String loginId);

    Optional<LoginSubject> findById(long memberId);

    /** The member confirmed a new e-mail address from the old one: it becomes theirs. */
    void changeEmail(long memberId, String email);

    /** A member as login sees them: whether they may log in now, and who they are once they have. */
    record LoginSubject(long memberId, String email, Standing standing, Actor actor) {}

    /** Whether a member may log in, and if not, why not. */
    enum Standing {
        ACTIVE, PENDING, SUSPENDED, DETACHED, REJECTED, FACILITY_SUSPENDED, SYSTEM;

        public boolean mayLogIn() {
            return this == ACTIVE;
        }
    }
}
