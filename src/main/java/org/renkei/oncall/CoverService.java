package org.renkei.oncall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.CoveredPatient;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who covers a patient now and next (今夜の連絡先), and the covering doctor's briefs of tonight's periods, each read
 * logged as a cover read. The 主治医's side of the briefs is {@link BriefService}.
 */
@Service
@Transactional
public class CoverService {

    /** A covering doctor may read a period's briefs from this long before it starts, to prepare. */
    public static final Duration PREPARE = Duration.ofHours(12);

    private final CoverPlanner planner;
    private final PrimaryPhysicians primaries;
    private final BriefBuilder builder;
    private final PatientAccess patients;
    private final DirectoryLookup directory;
    private final AuditLog audit;
    private final Clock clock;

    CoverService(CoverPlanner planner, PrimaryPhysicians primaries, BriefBuilder builder, PatientAccess patients,
            DirectoryLookup directory, AuditLog audit, Clock clock) {
        this.planner = planner;
        this.primaries = primaries;
        this.builder = builder;
        this.patients = patients;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who answers the patient's call now and next; for whoever may read the patient (a refusal is logged). */
    @Transactional
    public WhoCovers whoCovers(Actor actor, long patientId) {
        patients.checkRead(actor, patientId);
        CoveredPatient p = Objects.requireNonNull(primaries.find(patientId));
        return planner.whoCovers(List.of(p), Instant.now(clock)).getFirst();
    }

    /** The same for a program (the API): the look-up is logged, as it names the patient to another system. */
    @Transactional
    public WhoCovers contacts(Actor actor, long patientId) {
        WhoCovers w = whoCovers(actor, patientId);
        CoveredPatient p = Objects.requireNonNull(primaries.find(patientId));
        audit.record(actor, "oncall.contacts-viewed", BriefService.target(p), null);
        return w;
    }

    /** The member's cover periods (or, for a program, its clinic's doctors') under way or starting within {@link #PREPARE}. */
    @Transactional(readOnly = true)
    public List<CoverPeriod> periods(Actor actor) {
        Instant now = Instant.now(clock);
        return planner.periods(actor, now, now.plus(PREPARE));
    }

    /**
     * The member's cover periods under way or starting within {@link #PREPARE}, each with its patients' briefs. Each
     * brief read is logged as a cover read; a patient whose consent leaves the member's clinic out is listed only.
     */
    public List<CoverSheet> tonight(Actor actor, Locale locale) {
        Instant now = Instant.now(clock);
        List<CoverSheet> out = new ArrayList<>();
        for (CoverPeriod period : planner.periods(actor, now, now.plus(PREPARE))) {
            out.add(sheet(actor, period, locale));
        }
        return out;
    }

    /** One period's briefs, for its doctor (or a program of their clinic), while it lasts or from {@link #PREPARE} before. */
    public CoverSheet sheet(Actor actor, PeriodKind kind, long sourceId, Locale locale) {
        Instant now = Instant.now(clock);
        CoverPeriod period = planner.periods(actor, now, now.plus(PREPARE)).stream()
                .filter(p -> p.kind() == kind && p.sourceId() == sourceId).findFirst()
                .orElseThrow(() -> new AccessRefusedException("oncall.not-covering"));
        return sheet(actor, period, locale);
    }

    private CoverSheet sheet(Actor actor, CoverPeriod period, Locale locale) {
        List<Long> ids = planner.patientsOf(period);
        Map<Long, CoveredPatient> found = primaries.find(ids);
        Set<Long> minimal = builder.minimal(ids);
        Set<Long> doctors = found.values().stream().map(CoveredPatient::primaryMemberId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, MemberSummary> members = directory.members(doctors);
        Map<Long, FacilityContact> facilities = directory.contacts(BriefService.facilityIds(found.values()));
        Set<Long> inside = patients.coveredAmong(found.keySet(), actor.memberId(), actor.facilityId());
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
        List<Brief> briefs = new ArrayList<>();
        List<AuditTarget> read = new ArrayList<>();
        for (CoveredPatient p : found.values()) {
            boolean outside = !inside.contains(p.id());
            MemberSummary primary = p.primaryMemberId() == null ? null : members.get(p.primaryMemberId());
            briefs.add(builder.build(p, minimal.contains(p.id()), outside, primary, facilities, today, locale));
            if (!outside) {
                read.add(BriefService.target(p));
            }
        }
        if (!read.isEmpty()) {
            audit.recordAll(actor, "oncall.brief-viewed", read, period.kind() + " " + Times.period(period.start(), period.end()));
        }
        String principals = members.values().stream().map(MemberSummary::name).distinct().collect(Collectors.joining("、"));
        return new CoverSheet(period, principals, briefs);
    }
}
