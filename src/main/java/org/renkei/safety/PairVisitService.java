package org.renkei.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.PatientAccess;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.TimeConfiguration;
import org.renkei.safety.internal.PairVisit;
import org.renkei.safety.internal.PairVisits;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二人訪問の記録: logged by a member of a facility on the patient's team (the two: a member of the facility and a member
 * or a named helper), read by the facility's administrators (and its own program) for the month, and by each member for
 * the visits they made; the month as CSV in the shape a subsidy claim needs.
 */
@Service
@Transactional
public class PairVisitService {

    private final PairVisits visits;
    private final PatientAccess patients;
    private final DirectoryLookup directory;
    private final AuditLog audit;
    private final Clock clock;

    PairVisitService(PairVisits visits, PatientAccess patients, DirectoryLookup directory, AuditLog audit, Clock clock) {
        this.visits = visits;
        this.patients = patients;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    public PairVisitRow log(Actor actor, PairVisit.Visit v) {
        if (actor.facilityId() == null) {
            throw new AccessRefusedException("safety.no-facility");
        }
        patients.checkWrite(actor, v.patientId());
        List<Long> staff = directory.activeMemberIds(actor.facilityId());
        boolean ours = staff.contains(v.staffId()) && (v.partnerId() == null || staff.contains(v.partnerId()));
        PairVisit p = visits.save(PairVisit.log(actor, v, ours, LocalDate.now(clock.withZone(TimeConfiguration.TOKYO)), Instant.now(clock)));
        visits.save(p.logged(actor));
        return rows(List.of(p)).getFirst();
    }

    /** The month's visits: all of the facility's for its administrators and its program, one's own for a member. */
    @Transactional(readOnly = true)
    public List<PairVisitRow> month(Actor actor, YearMonth month) {
        Long facility = actor.facilityId();
        if (facility == null) {
            throw new AccessRefusedException("safety.no-facility");
        }
        List<PairVisit> list = visits.findBetween(facility, month.atDay(1), month.plusMonths(1).atDay(1));
        if (!keepsWholeLog(actor)) {
            long me = actor.memberId();
            list = list.stream().filter(p -> p.staffId() == me || Long.valueOf(me).equals(p.partnerId()) || p.recordedBy() == me).toList();
        }
        return rows(list);
    }

    /** Whether the member reads (and exports) the facility's whole log: its administrators and its own program. */
    public boolean keepsWholeLog(Actor actor) {
        Long facility = actor.facilityId();
        return facility != null && (actor.administersFacility(facility) || actor.has(Role.API_CLIENT));
    }

    /** The month as CSV for the subsidy claim (administrators only; cells a spreadsheet would run are neutralised); logged. */
    public byte[] csv(Actor actor, YearMonth month, Function<String, String> label) {
        Long facility = actor.facilityId();
        if (facility == null || !keepsWholeLog(actor)) {
            throw new AccessRefusedException("safety.not-facility-admin");
        }
        List<PairVisitRow> rows = month(actor, month);
        List<String> header = List.of("date", "start", "minutes", "patient-id", "patient", "staff", "partner", "basis", "note").stream()
                .map(k -> label.apply("safety.pair.csv." + k)).toList();
        List<List<String>> cells = new ArrayList<>();
        for (PairVisitRow r : rows) {
            cells.add(List.of(r.visitedOn().toString(), r.startTime() == null ? "" : r.startTime().toString(),
                    r.minutes() == null ? "" : String.valueOf(r.minutes()), String.valueOf(r.patientId()), r.patientName(), r.staff(),
                    r.partner(), label.apply("safety.pair-basis." + r.basis()), r.note() == null ? "" : r.note()));
        }
        audit.record(actor, "safety.pair-visits-exported", AuditTarget.of("facility", facility, directory.facility(facility).name(),
                actor.associationId()), month.toString());
        return CsvFiles.write(header, cells, CsvFiles.Encoding.UTF_8);
    }

    private List<PairVisitRow> rows(List<PairVisit> list) {
        Set<Long> people = new HashSet<>();
        list.forEach(p -> {
            people.add(p.staffId());
            if (p.partnerId() != null) {
                people.add(p.partnerId());
            }
        });
        Map<Long, MemberSummary> who = directory.members(people);
        Map<Long, String> names = patients.names(list.stream().map(PairVisit::patientId).distinct().toList());
        return list.stream().map(p -> new PairVisitRow(p.id(), p.visitedOn(), p.startTime(), p.minutes(), p.patientId(),
                names.getOrDefault(p.patientId(), "?"), name(who, p.staffId()),
                p.partnerId() != null ? name(who, p.partnerId()) : String.valueOf(p.partnerName()), p.basis(), p.note())).toList();
    }

    private static String name(Map<Long, MemberSummary> who, long id) {
        MemberSummary m = who.get(id);
        return m == null ? "?" : m.name();
    }

}
