package org.renkei.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * 施設登録申請: what a facility sends to apply, including who will administer it on the portal.
 *
 * @param districtId the district the facility is in; it decides which association decides
 */
public record FacilityApplication(
        @NotNull Long districtId,
        @NotNull FacilityType type,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 300) String nameKana,
        @Nullable @Size(max = 20) String officialCode,
        @NotBlank @Pattern(regexp = Patterns.POSTAL_CODE) String postalCode,
        @NotBlank @Size(max = 300) String address,
        @NotBlank @Pattern(regexp = Patterns.PHONE) String phone,
        @Nullable @Pattern(regexp = Patterns.PHONE_OR_EMPTY) String fax,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Valid StaffDetails administrator) {}
