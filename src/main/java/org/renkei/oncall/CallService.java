package org.renkei.oncall;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberSummary;
import org.renkei.oncall.internal.CoverCall;
import org.renkei.oncall.internal.CoverCalls;
import org.renkei.oncall.internal.CoverReport;
import org.renkei.oncall.internal.CoverReports;
import org.renkei.patient.PatientAccess;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.security.Actor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls a covering doctor takes and the morning reports they make: a call is recorded while the doctor covers the
 * patient (read access inside the consent; the period not over), into the report of that period to the patient's
 * 主治医; the 主治医 confirms the released report (確認しました). Releasing and reminding is {@link CoverClock}.
 */
@Service
@Transactional
public class CallService {

    private final CoverPlanner planner;
    private final CoverReports reports;
    private final CoverCalls calls;
    private final PatientAccess patients;
    private final DirectoryLookup directory;
    private final Clock clock;

    CallService(CoverPlanner planner, CoverReports reports, CoverCalls calls, PatientAccess patients, DirectoryLookup directory,
            Clock clock) {
        this.planner = planner;
        this.reports = reports;
        this.calls = calls;
        this.patients = patients;
        this.directory = directory;
        this.clock = clock;
    }

    /** A call as the covering doctor (or their clinic's night-service system) records it. */
    public record NewCall(long patientId, @Nullable Instant calledAt, Caller caller, CallOutcome outcome, @Nullable String note) {}

    /**
     * Records a call. The member must cover the patient now (an accepted absence, a rota slot, a pair's night) and may
     * read them (the consent admits their clinic: the read is checked and a refusal logged).
     */
    public CallInfo record(Actor actor, NewCall c) {
        Instant now = Instant.now(clock);
        CoverPlanner.Covering covering = planner.covering(actor, c.patientId(), now);
        if (covering == null) {
            patients.checkRead(actor, c.patientId());
            throw new AccessRefusedException("oncall.not-covering");
        }
        long association = patients.checkRead(actor, c.patientId()).associationId();
        long doctor = covering.doctorId() > 0 ? covering.doctorId() : actor.memberId();
        if (actor.has(org.renkei.security.Role.API_CLIENT) && covering.doctorId() <= 0) {
            throw new AccessRefusedException("oncall.not-covering");
        }
        CoverPeriod period = covering.period();
        CoverReport report = reports.findPeriod(covering.principalMemberId(), doctor, period.kind(), period.sourceId(), period.end())
                .orElse(null);
        if (report == null) {
            try {
                report = reports.saveAndFlush(new CoverReport(covering.principalMemberId(), doctor, period.kind(),
                        period.sourceId(), period.start(), period.end()));
            } catch (DataIntegrityViolationException raced) {
                throw new ConflictException("oncall.try-again");
            }
        }
        Actor as = actor.has(org.renkei.security.Role.API_CLIENT) ? onBehalf(actor, doctor) : actor;
        CoverCall call = calls.save(report.record(as, c.patientId(), association, c.calledAt() == null ? now : c.calledAt(), c.caller(),
                c.outcome(), c.note(), now));
        report.recorded(call, actor);
        reports.save(report);
        return infos(List.of(call)).getFirst();
    }

    /** A program records for the clinic's covering doctor: the report is theirs, the log names the program. */
    private static Actor onBehalf(Actor program, long doctor) {
        return new Actor(doctor, program.loginId(), program.name(), program.facilityId(), program.facilityName(),
                program.associationId(), program.roles());
    }

    /** The member's reports (as 主治医 or covering doctor), newest first, with their calls. */
    @Transactional(readOnly = true)
    public List<ReportInfo> reports(Actor actor) {
        return reportInfos(actor, reports.findInvolving(actor.memberId()));
    }

    /** 確認しました by the 主治医 (or a doctor of their clinic). */
    public ReportInfo confirm(Actor actor, long reportId) {
        CoverReport r = reports.require(reportId);
        r.confirm(actor, principalFacility(r), Instant.now(clock));
        return reportInfos(actor, List.of(reports.save(r))).getFirst();
    }

    private long principalFacility(CoverReport r) {
        MemberSummary m = directory.members(List.of(r.principalMemberId())).get(r.principalMemberId());
        return m == null || m.facilityId() == null ? -1 : m.facilityId();
    }

    /** One report, for its two doctors and the 主治医's clinic. */
    @Transactional(readOnly = true)
    public ReportInfo report(Actor actor, long reportId) {
        CoverReport r = reports.require(reportId);
        if (actor.memberId() != r.principalMemberId() && actor.memberId() != r.coveringMemberId()
                && !actor.worksAt(principalFacility(r))) {
            throw new AccessRefusedException("oncall.not-your-report");
        }
        return reportInfos(actor, List.of(r)).getFirst();
    }

    List<ReportInfo> reportInfos(Actor actor, Collection<CoverReport> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CallInfo>> byReport = new java.util.HashMap<>();
        for (CallInfo c : infos(calls.findByReports(list.stream().map(CoverReport::id).toList()))) {
            byReport.computeIfAbsent(c.reportId(), k -> new ArrayList<>()).add(c);
        }
        Set<Long> members = new LinkedHashSet<>();
        list.forEach(r -> {
            members.add(r.principalMemberId());
            members.add(r.coveringMemberId());
        });
        Map<Long, MemberSummary> m = directory.members(members);
        return list.stream().map(r -> {
            MemberSummary p = m.get(r.principalMemberId());
            MemberSummary c = m.get(r.coveringMemberId());
            long facility = p == null || p.facilityId() == null ? -1 : p.facilityId();
            return new ReportInfo(r.id(), r.periodKind(), r.periodStart(), r.periodEnd(), r.principalMemberId(),
                    p == null ? "?" : p.name(), r.coveringMemberId(), c == null ? "?" : c.name(), r.releasedAt(), r.confirmedAt(),
                    byReport.getOrDefault(r.id(), List.of()), r.allowedActions(actor, facility));
        }).toList();
    }

    private List<CallInfo> infos(List<CoverCall> list) {
        Map<Long, String> names = patients.names(list.stream().map(CoverCall::patientId).distinct().toList());
        Map<Long, MemberSummary> doctors = directory.members(list.stream().map(CoverCall::coveringMemberId).distinct().toList());
        return list.stream().map(c -> {
            MemberSummary d = doctors.get(c.coveringMemberId());
            return new CallInfo(c.id(), c.reportId(), c.patientId(), names.getOrDefault(c.patientId(), "?"), c.calledAt(),
                    c.caller(), c.outcome(), c.note(), d == null ? "?" : d.name());
        }).toList();
    }
}
