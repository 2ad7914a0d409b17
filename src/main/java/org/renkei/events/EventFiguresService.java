package org.renkei.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.renkei.directory.FacilityService;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.events.internal.Meeting;
import org.renkei.events.internal.Meetings;
import org.renkei.events.internal.Registration;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.ServerCharts;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association's participation figures for its administrators: per meeting, per profession, per facility type and
 * per month of a fiscal year, the share of its facilities that attended, a chart (PNG drawn on the server) and CSV.
 */
@Service
@Transactional(readOnly = true)
public class EventFiguresService {

    private final Meetings meetings;
    private final FacilityService facilities;
    private final Clock clock;

    EventFiguresService(Meetings meetings, FacilityService facilities, Clock clock) {
        this.meetings = meetings;
        this.facilities = facilities;
        this.clock = clock;
        ServerCharts.useJapaneseFont();
    }

    /** The fiscal year (年度) today falls in: April to March. */
    public int currentFiscalYear() {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
        return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    }

    public ParticipationFigures figures(Actor actor, long associationId, int fiscalYear) {
        if (!actor.administers(associationId)) {
            throw new AccessRefusedException("events.not-association-admin");
        }
        Instant from = LocalDate.of(fiscalYear, 4, 1).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        Instant to = LocalDate.of(fiscalYear + 1, 4, 1).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        List<ParticipationFigures.PerMeeting> per = new ArrayList<>();
        Map<Profession, Integer> byProfession = new EnumMap<>(Profession.class);
        Map<FacilityType, Integer> byType = new EnumMap<>(FacilityType.class);
        Map<YearMonth, Integer> byMonth = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            byMonth.put(YearMonth.of(fiscalYear, 4).plusMonths(i), 0);
        }
        Set<Long> came = new HashSet<>();
        for (Meeting m : meetings.findOfAssociation(associationId, from, to)) {
            if (m.status() != MeetingStatus.PLANNED) {
                continue;
            }
            List<Registration> attended = m.registrations().stream().filter(Registration::attended).toList();
            per.add(new ParticipationFigures.PerMeeting(m.id(), m.startsAt(), m.kind(), m.title(), m.confirmed(), attended.size()));
            YearMonth month = YearMonth.from(m.startsAt().atZone(TimeConfiguration.TOKYO));
            for (Registration r : attended) {
                byProfession.merge(r.profession(), 1, Integer::sum);
                byType.merge(r.facilityType(), 1, Integer::sum);
                byMonth.merge(month, 1, Integer::sum);
                came.add(r.facilityId());
            }
        }
        // the association's own office holds the meetings; it is not one of the facilities counted
        long active = facilities.count(actor, new FacilityService.FacilityQuery(associationId, FacilityStatus.ACTIVE, null, null))
                - facilities.count(actor, new FacilityService.FacilityQuery(associationId, FacilityStatus.ACTIVE, FacilityType.ASSOCIATION_OFFICE, null));
        return new ParticipationFigures(fiscalYear, per, byProfession, byType, byMonth, came.size(), active);
    }

    /** Attendance per month by profession, as a stacked bar chart (PNG). */
    public byte[] chart(Actor actor, long associationId, int fiscalYear, Function<String, String> label) {
        ParticipationFigures f = figures(actor, associationId, fiscalYear);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<YearMonth, Integer> e : f.byMonth().entrySet()) {
            data.addValue(e.getValue(), label.apply("events.figures.attended"), e.getKey().toString());
        }
        // no label on the count axis: the title says what is counted, and rotated Japanese reads sideways
        JFreeChart chart = ChartFactory.createBarChart(label.apply("events.figures.chart"), label.apply("events.figures.month"),
                null, data, PlotOrientation.VERTICAL, false, false, false);
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot) {
            plot.setBackgroundPaint(java.awt.Color.WHITE);
            plot.setRangeGridlinePaint(new java.awt.Color(0xCCCCCC));
            if (plot.getRenderer() instanceof org.jfree.chart.renderer.category.BarRenderer bars) {
                bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
                bars.setSeriesPaint(0, new java.awt.Color(0x1D4F91));
                bars.setShadowVisible(false);
                bars.setMaximumBarWidth(0.06);
            }
            if (plot.getRangeAxis() instanceof org.jfree.chart.axis.NumberAxis axis) {
                axis.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
            }
        }
        return ServerCharts.png(chart, 900, 380);
    }

    /** The figures as CSV: one section per table, in the reader's language. */
    public byte[] csv(Actor actor, long associationId, int fiscalYear, Function<String, String> label) {
        ParticipationFigures f = figures(actor, associationId, fiscalYear);
        List<List<String>> rows = new ArrayList<>();
        for (ParticipationFigures.PerMeeting m : f.meetings()) {
            rows.add(List.of(label.apply("events.figures.per-meeting"), m.startsAt().atZone(TimeConfiguration.TOKYO).toLocalDate().toString(),
                    label.apply("events.kind." + m.kind()) + " " + m.title(), String.valueOf(m.confirmed()), String.valueOf(m.attended())));
        }
        f.byProfession().forEach((p, n) -> rows.add(List.of(label.apply("events.figures.per-profession"), "",
                label.apply("profession." + p), "", String.valueOf(n))));
        f.byFacilityType().forEach((t, n) -> rows.add(List.of(label.apply("events.figures.per-facility-type"), "",
                label.apply("facility-type." + t), "", String.valueOf(n))));
        f.byMonth().forEach((month, n) -> rows.add(List.of(label.apply("events.figures.per-month"), month.toString(), "", "",
                String.valueOf(n))));
        rows.add(List.of(label.apply("events.figures.share"), "", String.valueOf(f.facilitiesAttended()), String.valueOf(f.facilities()),
                String.valueOf(f.share())));
        return CsvFiles.write(List.of(label.apply("events.figures.table"), label.apply("events.figures.date"),
                label.apply("events.figures.item"), label.apply("events.figures.confirmed"), label.apply("events.figures.attended")),
                rows, CsvFiles.Encoding.UTF_8);
    }
}
