package org.renkei.safety.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.renkei.platform.TimeConfiguration;
import org.renkei.safety.IncidentKind;
import org.renkei.safety.SafetyFigures;
import org.renkei.safety.SafetyFiguresService;
import org.renkei.security.Actor;

/**
 * 集計: for the association's administrators, the fiscal year's reports by month and by district, per kind; counts of 1
 * to 4 show as "<5" and no total gives one away; no name, no facility, no report. CSV for the 事業報告.
 */
final class FiguresPanel extends Div {

    final Select<Integer> year = new Select<>();
    final Grid<SafetyFigures.Line> byMonth = grid();
    final Grid<SafetyFigures.Line> byDistrict = grid();
    final Paragraph total = new Paragraph();
    private final SafetyFiguresService figures;
    private final Actor actor;
    private final long association;

    FiguresPanel(SafetyFiguresService figures, Actor actor, long association) {
        this.figures = figures;
        this.actor = actor;
        this.association = association;
        addClassName("oncall-section");
        LocalDate today = LocalDate.now(TimeConfiguration.TOKYO);
        int current = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        year.setLabel(getTranslation("safety.page.fiscal-year"));
        year.setItems(IntStream.rangeClosed(current - 4, current).boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        year.setItemLabelGenerator(y -> getTranslation("safety.page.fiscal-year-label", String.valueOf(y)));
        year.setValue(current);
        year.setId("safety-figures-year");
        year.addValueChangeListener(e -> refresh());
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = figures.csv(actor, association, year.getValue(), key -> getTranslation(key));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "incidents-FY" + year.getValue() + ".csv", "text/csv; charset=UTF-8",
                    bytes.length);
        }), "");
        csv.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("safety.page.csv")));
        csv.addClassName("button-link");
        csv.setId("safety-figures-csv");
        Paragraph help = new Paragraph(getTranslation("safety.page.figures-help", SafetyFigures.SUPPRESS_BELOW));
        help.addClassName("patient-meta");
        total.setId("safety-figures-total");
        byMonth.setId("safety-figures-months");
        byDistrict.setId("safety-figures-districts");
        add(Parts.actions(year, csv), help, total, new H3(getTranslation("safety.page.by-month")), byMonth,
                new H3(getTranslation("safety.page.by-district")), byDistrict);
    }

    private Grid<SafetyFigures.Line> grid() {
        Grid<SafetyFigures.Line> g = new Grid<>();
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        g.addColumn(SafetyFigures.Line::label).setHeader(getTranslation("safety.figures.line")).setFrozen(true).setAutoWidth(true);
        for (IncidentKind k : IncidentKind.values()) {
            g.addColumn(l -> {
                Integer n = l.counts().get(k);
                return n == null ? "<" + SafetyFigures.SUPPRESS_BELOW : String.valueOf(n);
            }).setHeader(getTranslation("safety.kind." + k)).setAutoWidth(true);
        }
        g.setAllRowsVisible(true);
        return g;
    }

    void refresh() {
        SafetyFigures f = figures.figures(actor, association, year.getValue());
        byMonth.setItems(f.byMonth());
        byDistrict.setItems(f.byDistrict());
        total.setText(f.total() == null ? getTranslation("safety.page.total-hidden") : getTranslation("safety.page.total", f.total()));
    }

}
