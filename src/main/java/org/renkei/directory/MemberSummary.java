package org.renkei.directory;

import org.jspecify.annotations.Nullable;

/** Who a member is, for other modules (care teams, messages): no contact details, no account state. */
public record MemberSummary(long id, String name, String nameKana, Profession profession, @Nullable Long facilityId,
        @Nullable String facilityName, @Nullable Long associationId, MemberStatus status) {}
