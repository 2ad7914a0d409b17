package org.renkei.events.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.renkei.events.EventFiguresService;
import org.renkei.events.ParticipationFigures;
import org.renkei.security.Actor;
import org.renkei.shell.Dates;

/**
 * The association's participation of a fiscal year, for its administrators: the share of its facilities that came
 * (顔の見える関係), attendance per month as a chart, per meeting, per profession and facility type, and all of it as CSV
 * for the 事業報告.
 */
final class FiguresPanel extends Div {

    final Select<Integer> year = new Select<>();
    final Paragraph share = new Paragraph();
    final Image chart;
    final Grid<ParticipationFigures.PerMeeting> grid = new Grid<>();
    final Div breakdown = new Div();
    final Anchor csv;
    private final EventFiguresService figures;
    private final Actor actor;
    private final long association;

    FiguresPanel(EventFiguresService figures, Actor actor, long association) {
        this.figures = figures;
        this.actor = actor;
        this.association = association;
        addClassName("oncall-pane");
        setId("events-figures");
        Locale locale = Parts.locale();
        Function<String, String> label = key -> getTranslation(locale, key);
        int now = figures.currentFiscalYear();
        year.setLabel(getTranslation("events.figures.year"));
        year.setItems(IntStream.rangeClosed(now - 4, now).boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        year.setItemLabelGenerator(y -> getTranslation("events.figures.year-label", String.valueOf(y)));
        year.setValue(now);
        year.addValueChangeListener(e -> refresh());
        share.setId("events-share");
        share.addClassName("events-share");
        chart = new Image(DownloadHandler.fromInputStream(e -> {
            byte[] png = figures.chart(actor, association, year.getValue(), label);
            return new DownloadResponse(new ByteArrayInputStream(png), "events-" + year.getValue() + ".png", "image/png", png.length);
        }), getTranslation("events.figures.chart"));
        chart.addClassName("coordination-chart");
        chart.setId("events-chart");
        csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = figures.csv(actor, association, year.getValue(), label);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "events-" + year.getValue() + ".csv", "text/csv; charset=UTF-8",
                    bytes.length);
        }), "");
        csv.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("export.csv")));
        csv.addClassName("button-link");
        csv.setId("events-csv");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> Dates.date(m.startsAt().atZone(org.renkei.platform.TimeConfiguration.TOKYO).toLocalDate(), locale))
                .setHeader(getTranslation("events.figures.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ParticipationFigures.PerMeeting::title).setHeader(getTranslation("events.figures.item"));
        grid.addColumn(m -> String.valueOf(m.confirmed())).setHeader(getTranslation("events.figures.confirmed")).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(m -> String.valueOf(m.attended())).setHeader(getTranslation("events.figures.attended")).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.setAllRowsVisible(true);
        grid.setId("events-per-meeting");
        breakdown.setId("events-breakdown");
        add(Parts.actions(year, csv), share, chart, grid, breakdown);
    }

    void refresh() {
        ParticipationFigures f = figures.figures(actor, association, year.getValue());
        share.setText(getTranslation("events.figures.share-text", f.facilitiesAttended(), f.facilities(), f.share()));
        grid.setItems(f.meetings());
        breakdown.removeAll();
        Div facts = Parts.details();
        Parts.fact(facts, this, "events.figures.per-profession", f.byProfession().entrySet().stream()
                .map(e -> getTranslation("events.figures.count", getTranslation("profession." + e.getKey()), e.getValue()))
                .collect(Collectors.joining(getTranslation("join.list"))));
        Parts.fact(facts, this, "events.figures.per-facility-type", f.byFacilityType().entrySet().stream()
                .map(e -> getTranslation("events.figures.count", getTranslation("facility-type." + e.getKey()), e.getValue()))
                .collect(Collectors.joining(getTranslation("join.list"))));
        breakdown.add(facts);
        chart.getElement().setAttribute("data-year", String.valueOf(year.getValue()));
    }
}
