package org.renkei.safety;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.PatientAccess;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.NotFoundException;
import org.renkei.safety.internal.Evidence;
import org.renkei.safety.internal.EvidenceContents;
import org.renkei.safety.internal.IncidentReport;
import org.renkei.safety.internal.IncidentReports;
import org.renkei.security.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading incident reports: the reporter's own, the facility's for its administrators, one report with its evidence and
 * timeline. Every read of a report or its evidence is written to the access log, and so is every refusal (naming the
 * report by number only).
 */
@Service
@Transactional
public class ReportQueries {

    private final IncidentReports reports;
    private final EvidenceContents contents;
    private final DirectoryLookup directory;
    private final PatientAccess patients;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    ReportQueries(IncidentReports reports, EvidenceContents contents, DirectoryLookup directory, PatientAccess patients,
            AuditLog audit, JdbcTemplate jdbc) {
        this.reports = reports;
        this.contents = contents;
        this.directory = directory;
        this.patients = patients;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The member's own reports, drafts included. */
    @Transactional(readOnly = true)
    public List<ReportRow> mine(Actor actor) {
        return rows(reports.findByReporter(actor.memberId()));
    }

    /** The facility's submitted reports, for its administrators and its own program; nobody else. */
    @Transactional(readOnly = true)
    public List<ReportRow> facility(Actor actor) {
        if (!readsFacilityReports(actor)) {
            throw new AccessRefusedException("safety.not-facility-admin");
        }
        return rows(reports.findSubmitted(java.util.Objects.requireNonNull(actor.facilityId())));
    }

    /** Whether the member reads the facility's reports: its administrators and its own program. */
    public boolean readsFacilityReports(Actor actor) {
        Long facility = actor.facilityId();
        return facility != null && (actor.administersFacility(facility) || actor.has(org.renkei.security.Role.API_CLIENT));
    }

    /** Reports waiting for the administrator's 確認 (for the home page). */
    @Transactional(readOnly = true)
    public long waitingForMe(Actor actor) {
        return readsFacilityReports(actor) ? reports.countByStatus(java.util.Objects.requireNonNull(actor.facilityId()),
                ReportStatus.SUBMITTED) : 0;
    }

    private List<ReportRow> rows(List<IncidentReport> list) {
        Map<Long, MemberSummary> who = directory.members(list.stream().map(IncidentReport::reporterId).distinct().toList());
        return list.stream().map(r -> new ReportRow(r.id(), r.status(), r.occurredAt(), r.kinds(), r.byWhom(),
                name(who, r.reporterId()), r.evidence().size(), r.responses().size())).toList();
    }

    /** One report, for its readers; the read is logged, and so is a refusal. */
    public ReportDetails details(Actor actor, long id) {
        IncidentReport r = readable(actor, id, "safety.report-viewed", null);
        return details(actor, r);
    }

    ReportDetails details(Actor actor, IncidentReport r) {
        Set<Long> ids = new HashSet<>();
        ids.add(r.reporterId());
        r.evidence().forEach(e -> ids.add(e.uploaderId()));
        r.responses().forEach(x -> ids.add(x.takenBy()));
        if (r.acknowledgedBy() != null) {
            ids.add(r.acknowledgedBy());
        }
        Map<Long, MemberSummary> who = directory.members(ids);
        Long patientId = r.patientId();
        return new ReportDetails(r.id(), r.status(), directory.facility(r.facilityId()).name(), name(who, r.reporterId()), patientId,
                patientId == null ? null : patients.names(List.of(patientId)).get(patientId), r.occurredAt(), r.place(), r.kinds(),
                r.byWhom(), r.injured(), r.injury(), r.policeCalled(), r.witnesses(), r.whatHappened(), r.doneAtOnce(), r.createdAt(),
                r.submittedAt(), r.acknowledgedAt(), r.acknowledgedBy() == null ? null : name(who, r.acknowledgedBy()), r.closedAt(),
                r.evidence().stream().map(e -> new ReportDetails.EvidenceInfo(e.id(), e.fileName(), e.contentType(), e.size(),
                        e.createdAt(), name(who, e.uploaderId()))).toList(),
                r.responses().stream().map(x -> new ReportDetails.ResponseInfo(x.kind(), x.note(), x.takenOn(), name(who, x.takenBy())))
                        .toList(),
                timeline(r.id()), r.allowedActions(actor));
    }

    /** A photo, recording or PDF of a report, for the report's readers only; logged. */
    public Download evidence(Actor actor, long reportId, long evidenceId) {
        IncidentReport r = readable(actor, reportId, "safety.evidence-viewed", "evidence " + evidenceId);
        Evidence e = r.evidence().stream().filter(x -> x.id() == evidenceId).findFirst()
                .orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        byte[] bytes = contents.content(e.id()).orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        return new Download(e.fileName(), e.contentType(), bytes);
    }

    public record Download(String fileName, String contentType, byte[] content) {}

    private IncidentReport readable(Actor actor, long id, String action, @org.jspecify.annotations.Nullable String detail) {
        IncidentReport r = reports.require(id);
        AuditTarget target = AuditTarget.of("safety-report", r.id(), "#" + r.id(), r.associationId());
        if (!r.mayRead(actor) || !active(actor)) {
            // in a transaction of its own: the refusal rolls this one back
            audit.recordAlone(actor.memberId(), actor.name(), actor.associationId(), "safety.report-refused", target, null);
            throw new AccessRefusedException("safety.not-your-report");
        }
        audit.record(actor, action, target, detail);
        return r;
    }

    /** A member suspended or detached since they logged in writes nothing either (the report's commands ask first). */
    void requireActive(Actor actor) {
        if (!active(actor)) {
            throw new AccessRefusedException("safety.member-not-active");
        }
    }

    /** A member suspended or detached since they logged in reads nothing (a program is checked by its token). */
    private boolean active(Actor actor) {
        if (actor.has(org.renkei.security.Role.API_CLIENT)) {
            return true;
        }
        MemberSummary m = directory.members(List.of(actor.memberId())).get(actor.memberId());
        return m != null && m.status() == org.renkei.directory.MemberStatus.ACTIVE && java.util.Objects.equals(m.facilityId(), actor.facilityId());
    }

    private List<ReportDetails.Step> timeline(long reportId) {
        return jdbc.query("SELECT occurred_at, actor_name, step, detail FROM safety_report_event WHERE report_id = ? ORDER BY occurred_at, id",
                (rs, n) -> new ReportDetails.Step(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)),
                reportId);
    }

    static String name(Map<Long, MemberSummary> who, long id) {
        MemberSummary m = who.get(id);
        return m == null ? "?" : m.name();
    }
}
