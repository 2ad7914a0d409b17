package org.renkei.directory;

import org.jspecify.annotations.Nullable;
import org.renkei.security.AccountState;

/** A member as administrators see them, with how far their account has come. */
public record MemberInfo(long id, @Nullable Long facilityId, @Nullable String facilityName, @Nullable Long associationId,
        String loginId, String name, String nameKana, Profession profession, String email, @Nullable String phone,
        MemberStatus status, @Nullable String statusReason, boolean facilityAdmin, boolean associationAdmin,
        boolean systemAdmin, AccountState accountState, long version) {}
