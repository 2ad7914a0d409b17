package org.renkei.preparedness;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.PatientSummary;

/**
 * A line of the 区's register (人工呼吸器使用者名簿): who and where, the devices and how long the batteries last, the plan's
 * state and next review, the checker, and the grants.
 */
public record RegisterRow(long planId, long patientId, String name, String nameKana, int age, @Nullable String address,
        @Nullable String phone, List<PatientSummary.PoweredKind> devices, @Nullable Integer runtimeMinutes, PlanState state,
        @Nullable LocalDate reviewDue, @Nullable Long checkerId, @Nullable String checkerName, int grants) {

    public RegisterRow {
        devices = List.copyOf(devices);
    }
}
