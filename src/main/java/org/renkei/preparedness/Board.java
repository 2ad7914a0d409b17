package org.renkei.preparedness;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.PatientSummary;

/**
 * The disaster board: the event, the checks this member may see (every one for the desk, their own for a checker, none for
 * the association's office, which sees the counts), and, for whoever runs it, the event's record.
 */
public record Board(EventInfo event, List<Row> rows, List<LogLine> log) {

    /** A user's check. */
    public record Row(long checkId, long patientId, String name, @Nullable String address, @Nullable String phone,
            List<PatientSummary.PoweredKind> devices, @Nullable Integer runtimeMinutes, @Nullable Long checkerId,
            @Nullable String checkerName, CheckState state, @Nullable Integer hoursLeft, @Nullable String note,
            @Nullable Instant updatedAt, @Nullable String updatedBy, @Nullable Instant acknowledgedAt, boolean mine,
            boolean mayRecord, boolean mayAcknowledge) {}

    /** A line of the event's record (after-action review). */
    public record LogLine(Instant at, String actorName, String step, @Nullable Long patientId, @Nullable String patientName,
            @Nullable CheckState state, @Nullable Integer hoursLeft, @Nullable String note) {}
}
