package org.renkei.patient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What changes about a patient after registration: where they live, how to call them, their health insurance (a new
 * card, a move). Name, reading and birth date are who the patient is and stay as registered.
 */
public record PatientDetails(
        @Nullable @Pattern(regexp = "^$|^\\d{3}-?\\d{4}$") String postalCode,
        @Nullable @Size(max = 300) String address,
        @Nullable @Pattern(regexp = "^$|^0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$") String phone,
        @Nullable @Valid Insurance insurance) {}
