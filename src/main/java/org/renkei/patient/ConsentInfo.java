package org.renkei.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The consent as the patient page shows it. */
public record ConsentInfo(ConsentModel model, LocalDate obtainedOn, String obtainedByName, String signer,
        String signerRelation, @Nullable String documentName, boolean active, @Nullable Instant withdrawnAt,
        @Nullable String withdrawnByName, @Nullable String withdrawalReason, List<String> scopeFacilities,
        List<ScopeMember> scopeMembers) {

    /** A member a 個別同意 names, with their facility (none for an operator). */
    public record ScopeMember(String name, @Nullable String facilityName) {}
}
