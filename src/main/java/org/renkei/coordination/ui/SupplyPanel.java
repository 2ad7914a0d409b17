package org.renkei.coordination.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.renkei.coordination.MonthDemand;
import org.renkei.coordination.Need;
import org.renkei.coordination.SupplyDemandService;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;

/**
 * 需給: the association's last twelve months of requests to its desks, for the desk and the association's
 * administrators: the two charts drawn on the server, the figures by month (counts under 5 shown as "<5"), and the
 * same as CSV for the 在宅療養推進協議会.
 */
final class SupplyPanel extends Div {

    static final int MONTHS = 12;

    final Grid<MonthDemand> grid = new Grid<>();
    final Image needsChart;
    final Image matchChart;
    final Anchor csv;
    private final SupplyDemandService supply;
    private final Actor actor;

    SupplyPanel(SupplyDemandService supply, Actor actor) {
        this.supply = supply;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("coordination-supply");
        // the downloads run outside the page's request: they take the page's language with them
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.JAPANESE
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        Function<String, String> label = key -> getTranslation(locale, key);
        needsChart = chart("coordination-needs-chart", "coordination.chart.needs", "coordination-needs.png",
                range -> supply.needsChart(actor, range[0], range[1], label));
        matchChart = chart("coordination-match-chart", "coordination.chart.match", "coordination-match.png",
                range -> supply.matchChart(actor, range[0], range[1], label));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(d -> d.month().toString()).setHeader(getTranslation("coordination.figures.month")).setAutoWidth(true)
                .setFlexGrow(0).setFrozen(true);
        count("coordination.figures.requests", d -> MonthDemand.cell(d.requests()));
        count("coordination.figures.matched", d -> MonthDemand.cell(d.matched()));
        count("coordination.figures.unmatched", d -> MonthDemand.cell(d.unmatched()));
        count("coordination.figures.median-days", d -> d.medianDaysToMatch() == null ? "" : String.valueOf(d.medianDaysToMatch()));
        for (Need n : Need.values()) {
            count("coordination.need." + n, d -> MonthDemand.cell(d.byNeed().getOrDefault(n, 0)));
        }
        grid.addColumn(this::unmatchedBy).setHeader(getTranslation("coordination.page.supply.unmatched-by")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("coordination-months");
        csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            YearMonth[] range = range();
            byte[] bytes = supply.csv(actor, range[0], range[1], label);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "coordination-" + range[0] + "-" + range[1] + ".csv",
                    "text/csv; charset=UTF-8", bytes.length);
        }), "");
        csv.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("export.csv")));
        csv.addClassName("button-link");
        csv.setId("coordination-csv");
        Div charts = new Div(needsChart, matchChart);
        charts.addClassName("coordination-charts");
        add(Parts.note(this, "coordination.page.supply.intro", MONTHS, MonthDemand.SUPPRESS_BELOW), Parts.actions(csv), charts, grid);
    }

    private Image chart(String id, String altKey, String fileName, Function<YearMonth[], byte[]> draw) {
        Image image = new Image(DownloadHandler.fromInputStream(e -> {
            byte[] png = draw.apply(range());
            return new DownloadResponse(new ByteArrayInputStream(png), fileName, "image/png", png.length);
        }), getTranslation(altKey));
        image.addClassName("coordination-chart");
        image.setId(id);
        return image;
    }

    private void count(String key, ValueProvider<MonthDemand, String> value) {
        grid.addColumn(value).setHeader(getTranslation(key)).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
    }

    /** "人工呼吸器 <5、小児 6": what the unmatched needed, suppressed like every count. */
    private String unmatchedBy(MonthDemand d) {
        return d.unmatchedByCapability().entrySet().stream()
                .map(e -> getTranslation("coordination.page.supply.capability-count", Parts.capability(this, e.getKey()),
                        MonthDemand.cell(e.getValue())))
                .collect(Collectors.joining(getTranslation("join.list")));
    }

    private static YearMonth[] range() {
        YearMonth to = YearMonth.now(TimeConfiguration.TOKYO);
        return new YearMonth[] {to.minusMonths(MONTHS - 1), to};
    }

    void refresh() {
        YearMonth[] range = range();
        grid.setItems(supply.months(actor, range[0], range[1]));
    }
}
