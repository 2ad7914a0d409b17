package org.renkei.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An inquiry as the asked facility sees it: what is needed, where and from when, the patient's age and sex (never a
 * name: the facility learns who once it is matched and joins the team), its own answer, and whether it may answer (once,
 * while the request is open).
 */
public record InquiryCard(long requestId, long inquiryId, String deskName, String districtName, Need need, List<String> capabilities,
        LocalDate startOn, @Nullable String note, @Nullable Integer patientAge, @Nullable String patientSex, Instant sentAt,
        @Nullable InquiryAnswer answer, @Nullable InquiryReason reason, @Nullable Instant answeredAt, boolean mayAnswer,
        boolean matchedHere) {}
