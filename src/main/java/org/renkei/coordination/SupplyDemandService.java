package org.renkei.coordination;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.coordination.internal.CoordinationRequest;
import org.renkei.coordination.internal.CoordinationRequests;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.ServerCharts;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 需給: the association's requests to its desks month by month (by need, matched or not, days to match, the capability
 * the unmatched needed), for the desk and the association's administrators: as figures, as CSV for the 在宅療養推進協議会
 * and as charts drawn on the server (JFreeChart, PNG, Japanese text in BIZ UDGothic). Counts under 5 are suppressed.
 */
@Service
@Transactional(readOnly = true)
public class SupplyDemandService {


    private final CoordinationRequests requests;
    private final org.renkei.directory.DirectoryLookup directory;
    private final AuditLog audit;

    SupplyDemandService(CoordinationRequests requests, org.renkei.directory.DirectoryLookup directory, AuditLog audit) {
        this.requests = requests;
        this.directory = directory;
        this.audit = audit;
        ServerCharts.useJapaneseFont();
    }

    /** The months from {@code from} to {@code to}, oldest first (at most 24), for a desk or the association's administrators. */
    public List<MonthDemand> months(Actor actor, YearMonth from, YearMonth to) {
        long association = requireReader(actor);
        List<MonthDemand> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to) && out.size() < 24; m = m.plusMonths(1)) {
            Instant start = m.atDay(1).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
            Instant end = m.plusMonths(1).atDay(1).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
            out.add(month(m, requests.findReceived(association, start, end)));
        }
        return out;
    }

    private static MonthDemand month(YearMonth m, List<CoordinationRequest> list) {
        Map<Need, Integer> byNeed = new EnumMap<>(Need.class);
        Map<String, Integer> unmatchedBy = new TreeMap<>();
        List<Double> days = new ArrayList<>();
        int matched = 0;
        int unmatched = 0;
        for (CoordinationRequest r : list) {
            byNeed.merge(r.need(), 1, Integer::sum);
            if (r.matchedAt() != null) {
                matched++;
                days.add(Duration.between(r.receivedAt(), r.matchedAt()).toHours() / 24.0);
            }
            if (r.status() == CoordinationStatus.UNMATCHED) {
                unmatched++;
                r.capabilities().forEach(c -> unmatchedBy.merge(c, 1, Integer::sum));
            }
        }
        days.sort(Double::compare);
        Double median = days.isEmpty() ? null : Math.round(days.get(days.size() / 2) * 10) / 10.0;
        return new MonthDemand(m, list.size(), byNeed, matched, unmatched, median, unmatchedBy);
    }

    /** The figures as CSV (UTF-8 with BOM), counts under 5 suppressed; the export is logged. */
    @Transactional
    public byte[] csv(Actor actor, YearMonth from, YearMonth to, Function<String, String> label) {
        long association = requireReader(actor);
        List<MonthDemand> months = months(actor, from, to);
        List<String> header = new ArrayList<>(List.of(label.apply("coordination.figures.month"), label.apply("coordination.figures.requests"),
                label.apply("coordination.figures.matched"), label.apply("coordination.figures.unmatched"),
                label.apply("coordination.figures.median-days")));
        for (Need n : Need.values()) {
            header.add(label.apply("coordination.need." + n));
        }
        List<List<String>> rows = new ArrayList<>();
        for (MonthDemand d : months) {
            List<String> row = new ArrayList<>(List.of(d.month().toString(), MonthDemand.cell(d.requests()), MonthDemand.cell(d.matched()),
                    MonthDemand.cell(d.unmatched()), d.medianDaysToMatch() == null ? "" : String.valueOf(d.medianDaysToMatch())));
            for (Need n : Need.values()) {
                row.add(MonthDemand.cell(d.byNeed().getOrDefault(n, 0)));
            }
            rows.add(row);
        }
        audit.record(actor, "coordination.figures-exported", AuditTarget.of("association", association, "association " + association,
                association), from + "〜" + to);
        return CsvFiles.write(header, rows, CsvFiles.Encoding.UTF_8);
    }

    /** Requests per month by need, as a stacked bar chart (PNG); suppressed counts are drawn as none. */
    public byte[] needsChart(Actor actor, YearMonth from, YearMonth to, Function<String, String> label) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthDemand d : months(actor, from, to)) {
            for (Need n : Need.values()) {
                int count = d.byNeed().getOrDefault(n, 0);
                data.addValue(count < MonthDemand.SUPPRESS_BELOW ? 0 : count, label.apply("coordination.need." + n), d.month().toString());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(label.apply("coordination.chart.needs"), label.apply("coordination.figures.month"),
                label.apply("coordination.figures.requests"), data, PlotOrientation.VERTICAL, true, false, false);
        return png(chart);
    }

    /** Median days from receipt to the match, month by month, as a line chart (PNG). */
    public byte[] matchChart(Actor actor, YearMonth from, YearMonth to, Function<String, String> label) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthDemand d : months(actor, from, to)) {
            data.addValue(d.medianDaysToMatch(), label.apply("coordination.figures.median-days"), d.month().toString());
        }
        JFreeChart chart = ChartFactory.createLineChart(label.apply("coordination.chart.match"), label.apply("coordination.figures.month"),
                label.apply("coordination.figures.median-days"), data, PlotOrientation.VERTICAL, false, false, false);
        return png(chart);
    }

    private static byte[] png(JFreeChart chart) {
        // whole numbers on the count axis, from 0, at least up to the suppression threshold
        if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot
                && plot.getRangeAxis() instanceof org.jfree.chart.axis.NumberAxis axis) {
            axis.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
            axis.setLowerBound(0);
            if (axis.getUpperBound() < MonthDemand.SUPPRESS_BELOW) {
                axis.setUpperBound(MonthDemand.SUPPRESS_BELOW);
            }
        }
        return ServerCharts.png(chart, 900, 420);
    }

    /** Desk members (a 在宅療養支援窓口 or the office) and the association's administrators. */
    private long requireReader(Actor actor) {
        if (actor.associationId() == null) {
            throw new AccessRefusedException("coordination.not-a-desk");
        }
        if (actor.administers(actor.associationId())) {
            return actor.associationId();
        }
        var own = actor.facilityId() == null ? null : directory.contacts(List.of(actor.facilityId())).get(actor.facilityId());
        if (own == null || (own.type() != org.renkei.directory.FacilityType.MUNICIPAL_SUPPORT_DESK
                && own.type() != org.renkei.directory.FacilityType.ASSOCIATION_OFFICE)) {
            throw new AccessRefusedException("coordination.not-a-desk");
        }
        return actor.associationId();
    }
}
