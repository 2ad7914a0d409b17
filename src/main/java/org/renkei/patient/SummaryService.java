package org.renkei.patient;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.internal.MyPatients;
import org.renkei.patient.internal.Patient;
import org.renkei.patient.internal.Patients;
import org.renkei.patient.internal.SummaryVersionRow;
import org.renkei.patient.internal.SummaryVersions;
import org.renkei.platform.ConflictException;
import org.renkei.platform.Inputs;
import org.renkei.platform.NotFoundException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versioned summary (共有サマリー): each save is a new version, refused when someone saved since the member
 * opened it. The patient aggregate decides; its {@link PatientEvent.SummaryRevised} is logged and told to the team
 * by the module's listeners.
 */
@Service
@Transactional
public class SummaryService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM/dd HH:mm").withZone(TimeConfiguration.TOKYO);

    private final Patients patients;
    private final SummaryVersions versions;
    private final SummaryJson json;
    private final PatientAccess access;
    private final MyPatients seen;
    private final Clock clock;

    SummaryService(Patients patients, SummaryVersions versions, SummaryJson json, PatientAccess access, MyPatients seen,
            Clock clock) {
        this.patients = patients;
        this.versions = versions;
        this.json = json;
        this.access = access;
        this.seen = seen;
        this.clock = clock;
    }

    /**
     * Saves an edited summary as the next version. {@code baseVersion} is the version the member started from: if
     * someone saved since, nothing is written and the member is told who and when (optimistic locking).
     */
    public VersionInfo saveSummary(Actor actor, long patientId, int baseVersion, PatientSummary summary, @Nullable String note) {
        Patient patient = access.requireWrite(actor, patientId);
        String why = Inputs.blank(note);
        Instant now = Instant.now(clock);
        boolean devicesChanged = versions.findByPatientIdAndVersion(patientId, baseVersion)
                .map(base -> json.read(base.content()).devicesDifferFrom(summary)).orElse(false);
        int next = patient.reviseSummary(actor, baseVersion, why, devicesChanged, now, () -> {
            VersionInfo newer = versions.findInfos(patientId).getFirst();
            return new ConflictException("summary.stale", newer.version(), newer.authorName(), WHEN.format(newer.createdAt()));
        });
        try {
            versions.saveAndFlush(new SummaryVersionRow(patientId, next, actor.memberId(), actor.name(), now, why,
                    json.write(summary)));
        } catch (DataIntegrityViolationException raced) {
            throw new ConflictException("summary.stale", next, "?", "");
        }
        patients.save(patient);
        seen.markSeen(actor.memberId(), patientId, next);
        return new VersionInfo(next, actor.memberId(), actor.name(), now, why);
    }

    /** A new patient's summary: version 0, empty. */
    void start(Actor actor, Patient patient, Instant now) {
        versions.save(new SummaryVersionRow(patient.id(), 0, actor.memberId(), actor.name(), now, null,
                json.write(PatientSummary.empty())));
    }

    /** One version of the patient's summary, whole (not logged: the caller's read is). */
    SummaryVersion version(Patient patient, int version) {
        SummaryVersionRow row = versions.findByPatientIdAndVersion(patient.id(), version)
                .orElseThrow(() -> new NotFoundException("summary version", version));
        return new SummaryVersion(new VersionInfo(row.version(), row.authorId(), row.authorName(), row.createdAt(), row.note()),
                json.read(row.content()));
    }
}
