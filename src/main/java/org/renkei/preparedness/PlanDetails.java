package org.renkei.preparedness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.PatientSummary;

/**
 * A plan as its page, the PDF and the API show it: who, the 区 that owns it, its state and version, what it says, the
 * medical part and the devices as the current summary has them, the checker, the grants, the confirmed versions, and what
 * this member may do now.
 */
public record PlanDetails(long id, long patientId, String patientName, String nameKana, LocalDate birthDate, int age,
        @Nullable String address, @Nullable String phone, long districtId, String districtName, long deskFacilityId,
        String deskName, int planVersion, PlanState state, PlanContent content, Medical medical,
        PatientSummary.DeviceProfile deviceProfile, int summaryVersion, @Nullable Long checkerId, @Nullable String checkerName,
        @Nullable String medicalConfirmedBy, @Nullable Instant medicalConfirmedAt, @Nullable Integer medicalSummaryVersion,
        @Nullable String consentBy, @Nullable Instant confirmedAt, @Nullable LocalDate reviewDue,
        @Nullable ReviewReason reviewReason, List<GrantInfo> grants, List<ConfirmedVersion> versions, Set<PlanAction> allowed,
        Instant updatedAt, String updatedBy) {

    /** 医療情報, read from the summary (never typed again). */
    public record Medical(@Nullable String primaryName, List<String> diagnoses, List<String> medicines, List<String> allergies,
            Set<PatientSummary.Device> devices, @Nullable String deviceNotes, PatientSummary.@Nullable Resuscitation resuscitation,
            PatientSummary.@Nullable CareLevel careLevel, List<PatientSummary.Contact> contacts) {}

    public record GrantInfo(long id, GrantItem item, String model, @Nullable String serial, LocalDate grantedOn,
            @Nullable LocalDate nextInspectionOn, String grantedBy) {}

    /** A version as it was confirmed with the family. */
    public record ConfirmedVersion(int planVersion, Instant confirmedAt, String confirmedBy, @Nullable String consentBy,
            @Nullable String medicalConfirmedBy, @Nullable Integer summaryVersion) {}
}
