package org.renkei.oncall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renkei.oncall.internal.CoverAbsence;
import org.renkei.oncall.internal.CoverAbsences;
import org.renkei.oncall.internal.CoverCalls;
import org.renkei.oncall.internal.CoverReport;
import org.renkei.oncall.internal.CoverReports;
import org.renkei.patient.CoveredPatient;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.Translations;
import org.renkei.security.Actor;
import org.renkei.security.MemberAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the clock does for cover: when a period ends its report is released to the 主治医 (and posted in each patient's
 * room by {@link OnCallAnnouncer}); a report not confirmed is reminded every {@code renkei.oncall.report-reminder};
 * 48 hours before an accepted absence starts, the 主治医 is told which full briefs lack fields.
 */
@Component
public class CoverClock {

    /** How long before a cover starts its briefs are checked. */
    public static final Duration BRIEF_CHECK = Duration.ofHours(48);

    private final CoverReports reports;
    private final CoverCalls calls;
    private final CoverAbsences absences;
    private final CoverPlanner planner;
    private final BriefBuilder builder;
    private final PrimaryPhysicians primaries;
    private final MemberAccounts members;
    private final Clock clock;
    private final Duration reminder;

    CoverClock(CoverReports reports, CoverCalls calls, CoverAbsences absences, CoverPlanner planner, BriefBuilder builder,
            PrimaryPhysicians primaries, MemberAccounts members, Clock clock,
            @Value("${renkei.oncall.report-reminder:6h}") Duration reminder) {
        this.reports = reports;
        this.calls = calls;
        this.absences = absences;
        this.planner = planner;
        this.builder = builder;
        this.primaries = primaries;
        this.members = members;
        this.clock = clock;
        this.reminder = reminder;
    }

    @Scheduled(fixedDelayString = "${renkei.oncall.poll:60s}", initialDelayString = "${renkei.oncall.poll:60s}")
    @Transactional
    public void run() {
        Instant now = Instant.now(clock);
        release(now);
        remind(now);
        checkBriefs(now);
    }

    /** Releases every report whose period has ended. */
    @Transactional
    public int release(Instant now) {
        int released = 0;
        for (CoverReport r : reports.findToRelease(now)) {
            List<Long> patientIds = calls.findByReports(List.of(r.id())).stream().map(c -> c.patientId()).distinct().toList();
            if (r.release(actor(r.coveringMemberId()), patientIds, now)) {
                reports.save(r);
                released++;
            }
        }
        return released;
    }

    private void remind(Instant now) {
        for (CoverReport r : reports.findToRemind(now.minus(reminder))) {
            r.remind(actor(r.coveringMemberId()), now);
            reports.save(r);
        }
    }

    private void checkBriefs(Instant now) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
        for (CoverAbsence a : absences.findBriefsToCheck(now.plus(BRIEF_CHECK), now)) {
            List<Long> ids = planner.patientsOf(new CoverPeriod(PeriodKind.ABSENCE, a.id(), a.startsAt(), a.endsAt()));
            Map<Long, CoveredPatient> found = primaries.find(ids);
            Set<Long> minimal = builder.minimal(ids);
            List<Long> incomplete = new ArrayList<>();
            for (CoveredPatient p : found.values()) {
                if (!minimal.contains(p.id()) && !builder.build(p, false, false, null, Map.of(), today, Translations.JAPANESE)
                        .missing().isEmpty()) {
                    incomplete.add(p.id());
                }
            }
            a.briefsChecked(actor(a.principalMemberId()), incomplete, now);
            absences.save(a);
        }
    }

    private Actor actor(long memberId) {
        return members.findById(memberId).map(MemberAccounts.LoginSubject::actor)
                .orElseThrow(() -> new IllegalStateException("member " + memberId + " is gone"));
    }
}
