package org.renkei.beds;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A patient's registration at a hospital, with the sheet, and whether the reader may acknowledge or withdraw it. */
public record RegistrationInfo(long id, long hospitalId, String hospitalName, long patientId, String patientName,
        LocalDate reviewOn, Instant registeredAt, @Nullable Instant acknowledgedAt, @Nullable PatientSheet sheet,
        boolean mayAcknowledge, boolean mayWithdraw) {}
