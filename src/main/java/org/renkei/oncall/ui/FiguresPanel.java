package org.renkei.oncall.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import org.renkei.oncall.FiguresService;
import org.renkei.oncall.MonthFigures;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;

/**
 * 実績: the association's last six months of cover for the 事業報告 (slots and gaps, agreements, covered patients, calls,
 * visits, transports), and the same as CSV. Counts only; for the association's administrators.
 */
final class FiguresPanel extends Div {

    static final int MONTHS = 6;

    final Grid<MonthFigures> grid = new Grid<>();
    final Anchor csv;
    private final FiguresService figures;
    private final Actor actor;

    FiguresPanel(FiguresService figures, Actor actor) {
        this.figures = figures;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("oncall-figures");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(f -> f.month().toString()).setHeader(getTranslation("oncall.figures.month")).setAutoWidth(true).setFlexGrow(0)
                .setFrozen(true);
        column("slots", MonthFigures::slots);
        column("uncovered-slots", MonthFigures::uncoveredSlots).setPartNameGenerator(f -> f.uncoveredSlots() > 0 ? "gap" : null);
        column("agreements", MonthFigures::agreements);
        column("covered-patients", MonthFigures::coveredPatients);
        column("calls", MonthFigures::calls);
        column("calls-per-100", MonthFigures::callsPer100Patients);
        column("visits", MonthFigures::visits);
        column("transports", MonthFigures::transports);
        column("backup-bed-requests", MonthFigures::backupBedRequests);
        column("deaths-confirmed", MonthFigures::deathsConfirmed);
        column("absences", MonthFigures::absences);
        grid.setAllRowsVisible(true);
        csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            YearMonth[] range = range();
            byte[] bytes = figures.csv(actor, range[0], range[1], this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "oncall-figures-" + range[0] + "-" + range[1] + ".csv",
                    "text/csv; charset=UTF-8", bytes.length);
        }), "");
        csv.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("export.csv")));
        csv.addClassName("button-link");
        csv.setId("figures-csv");
        Paragraph intro = new Paragraph(getTranslation("oncall.page.figures.intro", MONTHS));
        intro.addClassName("patient-meta");
        Div tools = new Div(csv);
        tools.addClassName("actions");
        add(intro, tools, grid);
    }

    private Grid.Column<MonthFigures> column(String key, ValueProvider<MonthFigures, ?> value) {
        return grid.addColumn(value).setHeader(getTranslation("oncall.figures." + key)).setAutoWidth(true).setTextAlign(
                com.vaadin.flow.component.grid.ColumnTextAlign.END);
    }

    private static YearMonth[] range() {
        YearMonth to = YearMonth.now(TimeConfiguration.TOKYO);
        return new YearMonth[] {to.minusMonths(MONTHS - 1), to};
    }

    void refresh() {
        YearMonth[] range = range();
        grid.setItems(figures.months(actor, range[0], range[1]));
    }
}
