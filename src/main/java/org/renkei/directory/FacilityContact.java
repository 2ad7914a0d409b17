package org.renkei.directory;

import org.jspecify.annotations.Nullable;

/** A facility as a phone list shows it: who, where, and the number to call. */
public record FacilityContact(long id, String name, FacilityType type, long associationId, @Nullable Long districtId,
        String address, String phone, FacilityStatus status) {}
