package org.renkei.safety;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DistrictInfo;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.TimeConfiguration;
import org.renkei.safety.internal.IncidentReport;
import org.renkei.safety.internal.IncidentReports;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the association sees of incidents: counts of submitted reports by kind, month and district, with small numbers
 * suppressed; never a name, a facility or a report. For the association's administrators (and the portal's operators).
 */
@Service
@Transactional
public class SafetyFiguresService {

    private final IncidentReports reports;
    private final AssociationService associations;
    private final AuditLog audit;

    SafetyFiguresService(IncidentReports reports, AssociationService associations, AuditLog audit) {
        this.reports = reports;
        this.associations = associations;
        this.audit = audit;
    }

    public SafetyFigures figures(Actor actor, long associationId, int fiscalYear) {
        if (!reads(actor, associationId)) {
            throw new AccessRefusedException("safety.not-association-admin");
        }
        YearMonth first = YearMonth.of(fiscalYear, 4);
        Instant from = first.atDay(1).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        Instant to = first.plusMonths(12).atDay(1).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        List<IncidentReport> list = reports.findSubmittedBetween(associationId, from, to);
        Map<String, Map<IncidentKind, Integer>> months = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            months.put(first.plusMonths(i).toString(), new EnumMap<>(IncidentKind.class));
        }
        Map<Long, String> districtNames = new HashMap<>();
        for (DistrictInfo d : associations.districts()) {
            if (d.associationId() == associationId) {
                districtNames.put(d.id(), d.name());
            }
        }
        Map<String, Map<IncidentKind, Integer>> districts = new LinkedHashMap<>();
        districtNames.values().stream().sorted().forEach(n -> districts.put(n, new EnumMap<>(IncidentKind.class)));
        for (IncidentReport r : list) {
            String month = YearMonth.from(java.util.Objects.requireNonNull(r.submittedAt()).atZone(TimeConfiguration.TOKYO)).toString();
            String district = r.districtId() == null ? "—" : districtNames.getOrDefault(r.districtId(), "—");
            for (IncidentKind k : r.kinds()) {
                months.get(month).merge(k, 1, Integer::sum);
                districts.computeIfAbsent(district, d -> new EnumMap<>(IncidentKind.class)).merge(k, 1, Integer::sum);
            }
        }
        audit.record(actor, "safety.figures-viewed", AuditTarget.of("association", associationId, "FY" + fiscalYear, associationId), null);
        List<SafetyFigures.Line> byMonth = lines(months);
        boolean hidden = byMonth.stream().anyMatch(l -> l.counts().containsValue(null));
        // a total beside a suppressed cell would give it away
        return new SafetyFigures(fiscalYear, byMonth, lines(districts), hidden || list.size() < SafetyFigures.SUPPRESS_BELOW ? null : list.size());
    }

    /** Whether the member reads the association's counts: its administrators and the portal's operators. */
    public boolean reads(Actor actor, long associationId) {
        return actor.administers(associationId);
    }

    private static List<SafetyFigures.Line> lines(Map<String, Map<IncidentKind, Integer>> table) {
        List<SafetyFigures.Line> out = new ArrayList<>();
        table.forEach((label, counts) -> {
            Map<IncidentKind, @Nullable Integer> shown = new EnumMap<>(IncidentKind.class);
            for (IncidentKind k : IncidentKind.values()) {
                shown.put(k, SafetyFigures.shown(counts.getOrDefault(k, 0)));
            }
            out.add(new SafetyFigures.Line(label, shown));
        });
        return out;
    }

    /** The two tables as CSV, suppressed cells as "<5". */
    public byte[] csv(Actor actor, long associationId, int fiscalYear, Function<String, String> label) {
        SafetyFigures f = figures(actor, associationId, fiscalYear);
        List<String> header = new ArrayList<>(List.of(label.apply("safety.figures.line")));
        for (IncidentKind k : IncidentKind.values()) {
            header.add(label.apply("safety.kind." + k));
        }
        List<List<String>> rows = new ArrayList<>();
        for (SafetyFigures.Line l : f.byMonth()) {
            rows.add(row(l));
        }
        for (SafetyFigures.Line l : f.byDistrict()) {
            rows.add(row(l));
        }
        return CsvFiles.write(header, rows, CsvFiles.Encoding.UTF_8);
    }

    private static List<String> row(SafetyFigures.Line l) {
        List<String> row = new ArrayList<>(List.of(l.label()));
        for (IncidentKind k : IncidentKind.values()) {
            Integer n = l.counts().get(k);
            row.add(n == null ? "<" + SafetyFigures.SUPPRESS_BELOW : String.valueOf(n));
        }
        return row;
    }
}
