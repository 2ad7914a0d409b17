package org.renkei.safety;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityContact;
import org.renkei.patient.PatientAccess;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.FileSniffing;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.safety.internal.Evidence;
import org.renkei.safety.internal.EvidenceContents;
import org.renkei.safety.internal.IncidentReport;
import org.renkei.safety.internal.IncidentReports;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of an incident report: written by a member right after the visit (submitted at once, or kept as a draft),
 * evidence added, acknowledged by the facility's administrator, what was done recorded, closed, reopened when it happens
 * again. Reading is {@link ReportQueries}.
 */
@Service
@Transactional
public class ReportService {

    /** A photo or a recording from a phone: 10 MB, the portal's upload limit. */
    public static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

    private final IncidentReports reports;
    private final EvidenceContents contents;
    private final PatientAccess patients;
    private final DirectoryLookup directory;
    private final ReportQueries queries;
    private final Clock clock;

    ReportService(IncidentReports reports, EvidenceContents contents, PatientAccess patients, DirectoryLookup directory,
            ReportQueries queries, Clock clock) {
        this.reports = reports;
        this.contents = contents;
        this.patients = patients;
        this.directory = directory;
        this.queries = queries;
        this.clock = clock;
    }

    /** Writes a report; {@code submit} sends it to the facility's administrators at once (the usual way, on a phone). */
    public ReportDetails report(Actor actor, Incident incident, boolean submit) {
        queries.requireActive(actor);
        if (actor.facilityId() == null) {
            throw new AccessRefusedException("safety.no-facility");
        }
        requirePatient(actor, incident.patientId());
        FacilityContact facility = directory.contacts(List.of(actor.facilityId())).get(actor.facilityId());
        if (facility == null) {
            throw new AccessRefusedException("safety.no-facility");
        }
        Instant now = Instant.now(clock);
        IncidentReport r = reports.save(IncidentReport.draft(actor, facility.associationId(), facility.districtId(), incident, now));
        r = reports.save(r.drafted(actor));
        if (submit) {
            r = reports.save(r.submit(actor, now));
        }
        return queries.details(actor, r);
    }

    /** The patient whose home it was must be one the reporter may read (the refusal is logged). */
    private void requirePatient(Actor actor, @Nullable Long patientId) {
        if (patientId != null) {
            patients.checkRead(actor, patientId);
        }
    }

    public ReportDetails edit(Actor actor, long id, Incident incident) {
        IncidentReport r = command(actor, id);
        if (r.mayRead(actor)) {
            requirePatient(actor, incident.patientId());
        }
        return queries.details(actor, reports.save(r.edit(actor, incident, Instant.now(clock))));
    }

    public ReportDetails submit(Actor actor, long id) {
        return queries.details(actor, reports.save(command(actor, id).submit(actor, Instant.now(clock))));
    }

    /** Adds a photo, a recording or a PDF; its type is judged by its content, never by its name. */
    public ReportDetails attach(Actor actor, long id, String fileName, byte[] content) {
        if (content.length == 0 || content.length > MAX_EVIDENCE_BYTES) {
            throw new InvalidInputException("file", "form.too-large", MAX_EVIDENCE_BYTES / 1024 / 1024);
        }
        String type = FileSniffing.typeOf(content);
        if (type == null || !(type.startsWith("image/") || type.equals(FileSniffing.PDF) || FileSniffing.RECORDINGS.contains(type))) {
            throw new InvalidInputException("file", "safety.evidence-type", fileName);
        }
        IncidentReport r = command(actor, id);
        String hash = sha256(content);
        r.attach(actor, fileName, type, content.length, hash, Instant.now(clock));
        IncidentReport saved = reports.saveAndFlush(r);
        // the saved report holds the evidence with its id (a merge copies a new child)
        Evidence e = saved.evidence().stream().filter(x -> x.sha256().equals(hash)).findFirst().orElseThrow();
        contents.store(e.id(), content);
        saved.attached(actor, e);
        return queries.details(actor, reports.save(saved));
    }

    public ReportDetails acknowledge(Actor actor, long id) {
        return queries.details(actor, reports.save(command(actor, id).acknowledge(actor, Instant.now(clock))));
    }

    public ReportDetails respond(Actor actor, long id, ResponseKind kind, @Nullable String note, LocalDate takenOn) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
        return queries.details(actor, reports.save(command(actor, id).respond(actor, kind, note, takenOn, today, Instant.now(clock))));
    }

    public ReportDetails close(Actor actor, long id) {
        return queries.details(actor, reports.save(command(actor, id).close(actor, Instant.now(clock))));
    }

    public ReportDetails reopen(Actor actor, long id) {
        return queries.details(actor, reports.save(command(actor, id).reopen(actor)));
    }

    /** The report a command acts on, for a member still active (the report then decides what the member may do). */
    private IncidentReport command(Actor actor, long id) {
        queries.requireActive(actor);
        return reports.require(id);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
