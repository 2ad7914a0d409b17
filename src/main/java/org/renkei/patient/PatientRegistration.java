package org.renkei.patient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 患者登録: who the patient is, the consent they gave, and the registering member's own role on the team.
 * The registering member's facility becomes the managing facility.
 */
public record PatientRegistration(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 200) String nameKana,
        @NotNull @Past LocalDate birthDate,
        @NotNull Sex sex,
        @Nullable @Pattern(regexp = "^$|^\\d{3}-?\\d{4}$") String postalCode,
        @Nullable @Size(max = 300) String address,
        @Nullable @Pattern(regexp = "^$|^0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$") String phone,
        @NotNull TeamRole role,
        @NotNull @Valid ConsentDetails consent,
        @Nullable @Valid Insurance insurance) {

    /**
     * The consent as obtained.
     *
     * @param scopeFacilityIds excluded facilities (一括同意) or consented facilities (個別同意)
     * @param scopeMemberIds   consented members (個別同意 only)
     */
    public record ConsentDetails(
            @NotNull ConsentModel model,
            @NotNull @PastOrPresent LocalDate obtainedOn,
            @NotBlank @Size(max = 100) String signer,
            @NotBlank @Size(max = 50) String signerRelation,
            List<Long> scopeFacilityIds,
            List<Long> scopeMemberIds,
            @Nullable SignedForm form) {

        public ConsentDetails {
            scopeFacilityIds = scopeFacilityIds == null ? List.of() : List.copyOf(scopeFacilityIds);
            scopeMemberIds = scopeMemberIds == null ? List.of() : List.copyOf(scopeMemberIds);
        }
    }

    /** The signed consent form: a scan or photo (PDF, JPEG, PNG), checked by its content. */
    public record SignedForm(String fileName, byte[] content) {}
}
