package org.renkei.safety.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.renkei.safety.ReportQueries;
import org.renkei.safety.ReportRow;
import org.renkei.safety.ReportStatus;
import org.renkei.security.Actor;
import org.renkei.shell.Dates;

/**
 * 報告: a button to report an incident (under a minute on a phone), my own reports, and for the facility's
 * administrators the facility's submitted reports, open first. A list shows when, what kind, by whom and where it
 * stands, never the narrative.
 */
final class ReportsPanel extends Div {

    final Anchor report = new Anchor(ReportForm.ROUTE, "");
    final Div mine = Parts.list();
    final Div facility = Parts.list();
    private final ReportQueries queries;
    private final Actor actor;
    private final boolean admin;

    ReportsPanel(ReportQueries queries, Actor actor) {
        this.queries = queries;
        this.actor = actor;
        this.admin = queries.readsFacilityReports(actor);
        addClassName("oncall-section");
        report.add(VaadinIcon.EXCLAMATION_CIRCLE_O.create(), new Span(getTranslation("safety.page.report-now")));
        report.addClassNames("button-link", "primary-link", "safety-report-now");
        report.setId("safety-report-now");
        Anchor help = new Anchor("safety?tab=help", getTranslation("safety.page.help-link"));
        help.setId("safety-help-link");
        Div top = Parts.actions(report, help);
        mine.setId("safety-my-reports");
        facility.setId("safety-facility-reports");
        add(top, new H3(getTranslation("safety.page.mine")), mine);
        if (admin) {
            add(new H3(getTranslation("safety.page.facility-reports")), facility);
        }
    }

    void refresh() {
        fill(mine, queries.mine(actor), "safety.page.no-reports");
        if (admin) {
            fill(facility, queries.facility(actor), "safety.page.no-facility-reports");
        }
    }

    private void fill(Div list, List<ReportRow> rows, String emptyKey) {
        list.removeAll();
        if (rows.isEmpty()) {
            list.add(Parts.empty(this, emptyKey));
        }
        for (ReportRow r : rows) {
            Anchor card = new Anchor(ReportPage.href(r.id()), "");
            card.addClassNames("oncall-card", "safety-report-card");
            card.setId("safety-report-" + r.id());
            if (r.status() == ReportStatus.SUBMITTED) {
                card.addClassName("attention");
            }
            Span number = new Span(getTranslation("safety.page.number", String.valueOf(r.id())));
            number.addClassName("patient-name");
            Div top = new Div(number, Parts.status(this, r.status()));
            top.addClassName("patient-card-top");
            Span what = new Span(getTranslation("join.dot", Parts.kinds(this, r.kinds()), getTranslation("safety.by." + r.byWhom())));
            Span meta = new Span(getTranslation("safety.page.row-meta", Dates.dateTime(r.occurredAt(), getLocale()), r.reporterName(),
                    r.evidenceCount(), r.responseCount()));
            meta.addClassName("patient-meta");
            card.add(top, new Div(what), meta);
            list.add(card);
        }
    }
}
