package org.renkei.oncall.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.renkei.oncall.CallInfo;
import org.renkei.oncall.CallService;
import org.renkei.oncall.OnCallAction;
import org.renkei.oncall.ReportInfo;
import org.renkei.oncall.Times;
import org.renkei.security.Actor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * 報告: the morning reports the member is party to (as 主治医 or covering doctor), newest first, each with its calls;
 * 確認しました where the report allows it.
 */
final class ReportsPanel extends Div {

    private final CallService calls;
    private final Actor actor;

    ReportsPanel(CallService calls, Actor actor) {
        this.calls = calls;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("oncall-reports");
    }

    void refresh() {
        removeAll();
        List<ReportInfo> reports = calls.reports(actor);
        if (reports.isEmpty()) {
            add(Parts.empty(this, "oncall.page.reports.none"));
        }
        reports.forEach(r -> add(card(r)));
    }

    private Div card(ReportInfo r) {
        Div card = new Div();
        card.addClassName("oncall-card");
        card.setId("report-" + r.id());
        Div top = new Div(new H3(Parts.period(this, r.periodKind(), r.periodStart(), r.periodEnd())), status(r));
        top.addClassName("title-row");
        Paragraph doctors = new Paragraph(getTranslation("oncall.page.reports.doctors", r.principalName(), r.coveringName()));
        doctors.addClassName("patient-meta");
        card.add(top, doctors);
        if (r.calls().isEmpty()) {
            card.add(Parts.empty(this, "oncall.page.reports.no-calls"));
        }
        for (CallInfo c : r.calls()) {
            card.add(call(c));
        }
        if (r.allowed().contains(OnCallAction.CONFIRM)) {
            card.addClassName("attention");
            Div actions = new Div(Parts.button(this, "oncall.page.reports.confirm", VaadinIcon.CHECK, "confirm-report-" + r.id(), true,
                    () -> Parts.run(this, "oncall.page.reports.confirmed-done", () -> calls.confirm(actor, r.id()), this::refresh)));
            actions.addClassName("actions");
            card.add(actions);
        }
        return card;
    }

    private Span status(ReportInfo r) {
        if (r.confirmedAt() != null) {
            return Badge.of(getTranslation("oncall.page.reports.confirmed", Dates.shortDateTime(r.confirmedAt(), getLocale())),
                    Badge.Tone.SUCCESS);
        }
        if (r.releasedAt() != null) {
            return Badge.of(getTranslation("oncall.page.reports.released"), Badge.Tone.WARNING);
        }
        return Badge.of(getTranslation("oncall.page.reports.open"), Badge.Tone.INFO);
    }

    private Div call(CallInfo c) {
        Span time = new Span(Times.shortTime(c.calledAt()));
        time.addClassName("timeline-time");
        Span patient = new Span(c.patientName());
        patient.addClassName("call-patient");
        Span from = new Span(getTranslation("oncall.page.reports.from", getTranslation("oncall.caller." + c.caller())));
        Div line = new Div(time, patient, from, Badge.of(getTranslation("oncall.outcome." + c.outcome()), tone(c)));
        line.addClassName("call-row");
        line.setId("call-" + c.id());
        if (c.note() != null && !c.note().isBlank()) {
            Span note = new Span(c.note());
            note.addClassName("timeline-detail");
            line.add(note);
        }
        return line;
    }

    private static Badge.Tone tone(CallInfo c) {
        return switch (c.outcome()) {
            case PHONE_ADVICE -> Badge.Tone.INFO;
            case VISIT, BACKUP_BED -> Badge.Tone.WARNING;
            case AMBULANCE, DEATH_CONFIRMED -> Badge.Tone.DANGER;
        };
    }
}
