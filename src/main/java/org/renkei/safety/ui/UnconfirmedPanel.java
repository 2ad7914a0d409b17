package org.renkei.safety.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.renkei.safety.MeasureService;
import org.renkei.safety.Unconfirmed;
import org.renkei.security.Actor;
import org.renkei.shell.Dates;

/** For a facility's administrators: which of the facility's members have not confirmed a patient's visit-risk measure yet. */
final class UnconfirmedPanel extends Div {

    final Div list = Parts.list();
    private final MeasureService measures;
    private final Actor actor;

    UnconfirmedPanel(MeasureService measures, Actor actor) {
        this.measures = measures;
        this.actor = actor;
        addClassName("oncall-section");
        list.setId("safety-unconfirmed");
        Span help = new Span(getTranslation("safety.page.unconfirmed-help"));
        help.addClassName("patient-meta");
        add(help, list);
    }

    void refresh() {
        list.removeAll();
        List<Unconfirmed> rows = measures.unconfirmed(actor);
        if (rows.isEmpty()) {
            list.add(Parts.empty(this, "safety.page.all-confirmed"));
        }
        for (Unconfirmed u : rows) {
            Div card = new Div();
            card.addClassNames("oncall-card", "attention");
            Span who = new Span(u.memberName());
            who.addClassName("patient-name");
            String patient = u.patientName() == null ? getTranslation("safety.page.patient-id", String.valueOf(u.patientId())) : u.patientName();
            Div what = new Div(new Span(getTranslation("join.colon", patient, getTranslation("safety.measure." + u.kind()))));
            Span since = new Span(getTranslation("safety.page.set-since", Dates.dateTime(u.setAt(), getLocale())));
            since.addClassName("patient-meta");
            card.add(new Div(who), what, since);
            if (u.patientName() != null) {
                card.add(new Anchor("patients/" + u.patientId(), getTranslation("safety.page.open-patient")));
            }
            list.add(card);
        }
    }
}
