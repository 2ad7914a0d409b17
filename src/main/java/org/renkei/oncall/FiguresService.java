package org.renkei.oncall;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.oncall.internal.CoverAgreement;
import org.renkei.oncall.internal.CoverAgreements;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.SqlTime;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association's figures of cover, month by month, for the 事業報告 that the subsidy (在宅医療推進強化事業) asks for:
 * slots and gaps, agreements and the patients under them, calls per 100 covered patients, visits, transports. Counts
 * only: no patient is named. For the association's administrators.
 */
@Service
@Transactional(readOnly = true)
public class FiguresService {

    private final NamedParameterJdbcTemplate jdbc;
    private final CoverAgreements agreements;
    private final PrimaryPhysicians primaries;
    private final AuditLog audit;

    FiguresService(NamedParameterJdbcTemplate jdbc, CoverAgreements agreements, PrimaryPhysicians primaries, AuditLog audit) {
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.primaries = primaries;
        this.audit = audit;
    }

    /** The figures of the months from {@code from} to {@code to}, oldest first (at most 24). */
    public List<MonthFigures> months(Actor actor, YearMonth from, YearMonth to) {
        long association = requireAdmin(actor);
        List<CoverAgreement> inForce = agreements.findByAssociation(association).stream().filter(CoverAgreement::inForce).toList();
        Set<Long> covered = new LinkedHashSet<>();
        for (CoverAgreement a : inForce) {
            primaries.patientsOf(a.principalFacilityId()).stream().filter(a::includes).forEach(covered::add);
        }
        List<MonthFigures> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to) && out.size() < 24; m = m.plusMonths(1)) {
            out.add(month(association, m, inForce.size(), covered.size()));
        }
        return out;
    }

    private MonthFigures month(long association, YearMonth month, int agreementCount, int coveredPatients) {
        Instant from = month.atDay(1).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        Map<String, Object> p = Map.of("association", association, "from", SqlTime.of(from), "to", SqlTime.of(to));
        Map<String, Object> slots = jdbc.queryForMap("""
                SELECT COUNT(*) AS slots, COALESCE(SUM(s.covering_member_id IS NULL), 0) AS gaps FROM rota_slot s
                JOIN cover_pool p ON p.id = s.pool_id WHERE p.association_id = :association
                  AND s.starts_at >= :from AND s.starts_at < :to""", p);
        Map<CallOutcome, Integer> outcomes = new EnumMap<>(CallOutcome.class);
        jdbc.query("""
                SELECT outcome, COUNT(*) FROM cover_call WHERE association_id = :association
                  AND called_at >= :from AND called_at < :to GROUP BY outcome""", p,
                rs -> {
                    outcomes.put(CallOutcome.valueOf(rs.getString(1)), rs.getInt(2));
                });
        Integer absences = jdbc.queryForObject("""
                SELECT COUNT(*) FROM cover_absence b JOIN cover_agreement a ON a.id = b.agreement_id
                WHERE a.association_id = :association AND b.status = 'ACCEPTED' AND b.starts_at < :to AND b.ends_at > :from""",
                p, Integer.class);
        int calls = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        double per100 = coveredPatients == 0 ? 0 : Math.round(calls * 1000.0 / coveredPatients) / 10.0;
        return new MonthFigures(month, ((Number) slots.get("slots")).intValue(), ((Number) slots.get("gaps")).intValue(),
                agreementCount, coveredPatients, calls, per100, outcomes.getOrDefault(CallOutcome.VISIT, 0),
                outcomes.getOrDefault(CallOutcome.AMBULANCE, 0), outcomes.getOrDefault(CallOutcome.BACKUP_BED, 0),
                outcomes.getOrDefault(CallOutcome.DEATH_CONFIRMED, 0), absences == null ? 0 : absences);
    }

    /** The same as CSV (UTF-8 with BOM, for Excel), headers in the reader's language; the export is logged. */
    @Transactional
    public byte[] csv(Actor actor, YearMonth from, YearMonth to, Function<String, String> label) {
        long association = requireAdmin(actor);
        List<MonthFigures> months = months(actor, from, to);
        List<String> header = List.of("month", "slots", "uncovered-slots", "agreements", "covered-patients", "calls",
                "calls-per-100", "visits", "transports", "backup-bed-requests", "deaths-confirmed", "absences").stream()
                .map(k -> label.apply("oncall.figures." + k)).toList();
        List<List<String>> rows = months.stream().map(f -> List.of(f.month().toString(), s(f.slots()), s(f.uncoveredSlots()),
                s(f.agreements()), s(f.coveredPatients()), s(f.calls()), String.valueOf(f.callsPer100Patients()), s(f.visits()),
                s(f.transports()), s(f.backupBedRequests()), s(f.deathsConfirmed()), s(f.absences()))).toList();
        audit.record(actor, "oncall.figures-exported", AuditTarget.of("association", association, "association " + association,
                association), from + "〜" + to);
        return CsvFiles.write(header, rows, CsvFiles.Encoding.UTF_8);
    }

    private static String s(int n) {
        return String.valueOf(n);
    }

    private static long requireAdmin(Actor actor) {
        if (actor.associationId() == null || !actor.administers(actor.associationId())) {
            throw new AccessRefusedException("oncall.not-coordinator");
        }
        return actor.associationId();
    }
}
