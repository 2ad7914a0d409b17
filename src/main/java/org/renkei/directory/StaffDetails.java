package org.renkei.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A staff member as a facility administrator enters them (and as each row of a CSV import reads). */
public record StaffDetails(
        @NotBlank @Pattern(regexp = Patterns.LOGIN_ID) String loginId,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 200) String nameKana,
        @NotNull Profession profession,
        @NotBlank @Email @Size(max = 254) String email,
        @Nullable @Pattern(regexp = Patterns.PHONE_OR_EMPTY) String phone) {}
