package org.renkei.beds.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import org.renkei.beds.BedFiguresService;
import org.renkei.beds.BedMonth;
import org.renkei.beds.ProgrammeInfo;
import org.renkei.beds.ProgrammeService;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;

/**
 * 実績: a programme's last six months for the 区's report (requests, answers, admissions, bed-days, how fast hospitals
 * answered), and the same as CSV. Counts only; for whoever runs the programme.
 */
final class FiguresPanel extends Div {

    static final int MONTHS = 6;

    final Select<ProgrammeInfo> programme = new Select<>();
    final Grid<BedMonth> grid = new Grid<>();
    final Anchor csv;
    private final BedFiguresService figures;
    private final ProgrammeService programmes;
    private final Actor actor;

    FiguresPanel(BedFiguresService figures, ProgrammeService programmes, Actor actor) {
        this.figures = figures;
        this.programmes = programmes;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("beds-figures");
        programme.setLabel(getTranslation("beds.page.figures.programme"));
        programme.setItemLabelGenerator(p -> p == null ? "" : p.name());
        programme.setId("bed-figures-programme");
        programme.addValueChangeListener(e -> show());
        grid.setId("bed-figures");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> m.month().toString()).setHeader(getTranslation("beds.figures.month")).setAutoWidth(true).setFlexGrow(0)
                .setFrozen(true);
        column("requests", BedMonth::requests);
        column("accepted", BedMonth::accepted);
        column("declined", BedMonth::declined);
        column("expired", BedMonth::expired);
        column("admitted", BedMonth::admitted);
        column("bed-days", BedMonth::bedDays);
        column("median-minutes", m -> m.medianMinutesToAnswer() == null ? "" : String.valueOf(m.medianMinutesToAnswer()));
        grid.setAllRowsVisible(true);
        csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            ProgrammeInfo p = programme.getValue();
            YearMonth[] range = range();
            byte[] bytes = p == null ? new byte[0] : figures.csv(actor, p.id(), range[0], range[1], this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "bed-figures-" + range[0] + "-" + range[1] + ".csv",
                    "text/csv; charset=UTF-8", bytes.length);
        }), "");
        csv.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("export.csv")));
        csv.addClassName("button-link");
        csv.setId("bed-figures-csv");
        add(Parts.note(this, "beds.page.figures.intro", MONTHS), programme, Parts.actions(csv), grid);
    }

    private void column(String key, ValueProvider<BedMonth, ?> value) {
        grid.addColumn(value).setHeader(getTranslation("beds.figures." + key)).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
    }

    private static YearMonth[] range() {
        YearMonth to = YearMonth.now(TimeConfiguration.TOKYO);
        return new YearMonth[] {to.minusMonths(MONTHS - 1), to};
    }

    void refresh() {
        List<ProgrammeInfo> managed = programmes.list(actor).stream().filter(ProgrammeInfo::mayManage).toList();
        ProgrammeInfo chosen = programme.getValue();
        programme.setItems(managed);
        programme.setVisible(managed.size() > 1);
        ProgrammeInfo again = managed.stream().filter(p -> chosen != null && p.id() == chosen.id()).findFirst()
                .orElse(managed.isEmpty() ? null : managed.getFirst());
        if (again != null && !again.equals(programme.getValue())) {
            programme.setValue(again);
        } else {
            show();
        }
    }

    private void show() {
        ProgrammeInfo p = programme.getValue();
        if (p == null) {
            grid.setItems(List.of());
            return;
        }
        YearMonth[] range = range();
        grid.setItems(figures.months(actor, p.id(), range[0], range[1]));
    }
}
