package org.renkei.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.renkei.directory.DirectoryLookup;
import org.renkei.patient.PatientService;
import org.renkei.platform.TimeConfiguration;
import org.renkei.safety.PairVisitRow;
import org.renkei.safety.PairVisitService;
import org.renkei.security.Actor;
import org.renkei.shell.Dates;

/**
 * 二人訪問の記録: the month's visits made by two (all of the facility's for its administrators, one's own for a member),
 * a button to log one, and for the administrators the month as CSV for the subsidy claim.
 */
final class PairVisitsPanel extends Div {

    final Select<YearMonth> month = new Select<>();
    final Button log = new Button();
    final Anchor csv;
    final Div list = Parts.list();
    private final PairVisitService visits;
    private final Actor actor;

    PairVisitsPanel(PairVisitService visits, PatientService patients, DirectoryLookup directory, Actor actor) {
        this.visits = visits;
        this.actor = actor;
        addClassName("oncall-section");
        YearMonth now = YearMonth.now(TimeConfiguration.TOKYO);
        month.setLabel(getTranslation("safety.page.month"));
        month.setItems(IntStream.range(0, 13).mapToObj(now::minusMonths).toList());
        month.setItemLabelGenerator(m -> getTranslation("safety.page.month-label", String.valueOf(m.getYear()), m.getMonthValue()));
        month.setValue(now);
        month.setId("safety-pair-month");
        month.addValueChangeListener(e -> refresh());
        log.setText(getTranslation("safety.page.log-pair"));
        log.setIcon(VaadinIcon.PLUS.create());
        log.setId("safety-log-pair");
        log.addClickListener(e -> new PairVisitDialog(visits, patients, directory, actor, this::refresh).open());
        csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            YearMonth m = month.getValue();
            byte[] bytes = visits.csv(actor, m, key -> getTranslation(key));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "pair-visits-" + m + ".csv", "text/csv; charset=UTF-8", bytes.length);
        }), "");
        csv.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("safety.page.csv")));
        csv.addClassName("button-link");
        csv.setId("safety-pair-csv");
        csv.setVisible(visits.keepsWholeLog(actor));
        list.setId("safety-pair-list");
        Span help = new Span(getTranslation("safety.page.pairs-help"));
        help.addClassName("patient-meta");
        add(Parts.actions(month, log, csv), help, list);
    }

    void refresh() {
        list.removeAll();
        List<PairVisitRow> rows = visits.month(actor, month.getValue());
        if (rows.isEmpty()) {
            list.add(Parts.empty(this, "safety.page.no-pairs"));
        }
        for (PairVisitRow r : rows) {
            Div card = new Div();
            card.addClassNames("oncall-card", "safety-pair");
            Span day = new Span(r.startTime() == null ? Dates.date(r.visitedOn(), getLocale())
                    : getTranslation("join.dot", Dates.date(r.visitedOn(), getLocale()), r.startTime().toString()));
            day.addClassName("patient-name");
            Span who = new Span(getTranslation("safety.page.pair-who", r.patientName(), r.staff(), r.partner()));
            Span basis = new Span(getTranslation("safety.pair-basis." + r.basis()));
            basis.addClassName("patient-meta");
            card.add(new Div(day), new Div(who), basis);
            list.add(card);
        }
    }
}
