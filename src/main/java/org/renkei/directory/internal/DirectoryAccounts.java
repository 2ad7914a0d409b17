package org.renkei.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.MemberStatus;
import org.renkei.security.Actor;
import org.renkei.security.MemberAccounts;
import org.renkei.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers login's questions from the directory: who a member is, and whether they may log in now. */
@Component
@Transactional(readOnly = true)
class DirectoryAccounts implements MemberAccounts {

    private final Members members;
    private final Clock clock;

    DirectoryAccounts(Members members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Override
    public Optional<LoginSubject> findByLoginId(String loginId) {
        return members.findRowByLoginId(loginId).map(DirectoryAccounts::subject);
    }

    @Override
    public Optional<LoginSubject> findById(long memberId) {
        return members.findRow(memberId).map(DirectoryAccounts::subject);
    }

    @Override
    @Transactional
    public void changeEmail(long memberId, String email) {
        members.findById(memberId).ifPresent(m -> m.changeEmail(email, Instant.now(clock)));
    }

    static LoginSubject subject(Members.Row row) {
        Member m = row.getMember();
        Facility f = row.getFacility();
        EnumSet<Role> roles = EnumSet.of(Role.MEMBER);
        if (m.facilityAdmin()) {
            roles.add(Role.FACILITY_ADMIN);
        }
        if (m.associationAdmin()) {
            roles.add(Role.ASSOCIATION_ADMIN);
        }
        if (m.systemAdmin()) {
            roles.add(Role.SYSTEM_ADMIN);
        }
        if (m.status() == MemberStatus.SYSTEM) {
            roles.add(Role.API_CLIENT);
        } else if (f != null && f.type().givesCare() && m.profession().clinical()) {
            roles.add(Role.CLINICIAN);
        }
        Actor actor = new Actor(m.id(), m.loginId(), m.name(), m.facilityId(), f == null ? null : f.name(),
                f == null ? null : f.associationId(), roles);
        return new LoginSubject(m.id(), m.email(), standing(m, f), actor);
    }

    private static Standing standing(Member m, Facility f) {
        return switch (m.status()) {
            case PENDING -> Standing.PENDING;
            case SUSPENDED -> Standing.SUSPENDED;
            case DETACHED -> Standing.DETACHED;
            case REJECTED -> Standing.REJECTED;
            case SYSTEM -> Standing.SYSTEM;
            case ACTIVE -> f == null || f.status() == FacilityStatus.ACTIVE ? Standing.ACTIVE
                    : f.status() == FacilityStatus.SUSPENDED ? Standing.FACILITY_SUSPENDED : Standing.PENDING;
        };
    }
}
