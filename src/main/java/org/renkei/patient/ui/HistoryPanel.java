package org.renkei.patient.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import org.renkei.patient.SummaryDiff;
import org.renkei.patient.SummaryHistoryService;
import org.renkei.patient.SummaryVersion;
import org.renkei.patient.VersionInfo;
import org.renkei.security.Actor;
import org.renkei.shell.Dates;

/** 更新履歴: every version with its author; one version whole, or what it changed from the one before. */
class HistoryPanel extends Div {

    final Grid<VersionInfo> grid = new Grid<>();
    final Button show = new Button();
    final Button compare = new Button();
    final Div detail = new Div();
    private final SummaryHistoryService patients;
    private final Actor actor;
    private final long patientId;

    HistoryPanel(SummaryHistoryService patients, Actor actor, long patientId) {
        this.patients = patients;
        this.actor = actor;
        this.patientId = patientId;
        addClassName("history");
        List<VersionInfo> versions = patients.history(actor, patientId);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(v -> getTranslation("summary.version", v.version())).setHeader(getTranslation("summary.version-header"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Dates.dateTime(v.createdAt(), getLocale())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(VersionInfo::authorName).setHeader(getTranslation("summary.author")).setAutoWidth(true);
        grid.addColumn(v -> v.note() == null ? "" : v.note()).setHeader(getTranslation("summary.note")).setFlexGrow(1);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        show.setText(getTranslation("history.show"));
        compare.setText(getTranslation("history.compare"));
        show.setEnabled(false);
        compare.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            show.setEnabled(e.getValue() != null);
            compare.setEnabled(e.getValue() != null && e.getValue().version() > 0);
        });
        show.addClickListener(e -> show(grid.asSingleSelect().getValue()));
        compare.addClickListener(e -> compare(grid.asSingleSelect().getValue()));
        Div buttons = new Div(show, compare);
        buttons.addClassName("actions");
        add(grid, buttons, detail);
    }

    void show(VersionInfo v) {
        SummaryVersion version = patients.version(actor, patientId, v.version());
        detail.removeAll();
        detail.add(new H3(getTranslation("summary.version-line", v.version(), Dates.dateTime(v.createdAt(), getLocale()), v.authorName())),
                new SummaryCard(version.summary(), true));
    }

    void compare(VersionInfo v) {
        SummaryDiff diff = patients.diff(actor, patientId, v.version() - 1, v.version(), this::getTranslation);
        detail.removeAll();
        detail.add(new H3(getTranslation("history.diff-title", diff.from().version(), diff.to().version(), diff.to().authorName())));
        if (diff.sections().isEmpty()) {
            detail.add(new Paragraph(getTranslation("history.no-change")));
        }
        for (SummaryDiff.SectionChange section : diff.sections()) {
            Div box = new Div(new H4(getTranslation("summary.section." + section.section())));
            box.addClassName("diff-section");
            for (SummaryDiff.Line line : section.lines()) {
                Paragraph p = new Paragraph((line.kind() == SummaryDiff.Kind.ADDED ? "+ " : line.kind() == SummaryDiff.Kind.REMOVED
                        ? "− " : "  ") + line.text());
                p.addClassName("diff-" + line.kind().name().toLowerCase(Locale.ROOT));
                box.add(p);
            }
            detail.add(box);
        }
    }
}
