package org.renkei.preparedness.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.renkei.preparedness.PlanDocumentService;
import org.renkei.preparedness.PlanQueries;
import org.renkei.preparedness.RegisterRow;
import org.renkei.security.Actor;
import org.renkei.shell.Dates;

/**
 * 名簿: for a district's desk, its register of ventilator users with CSV and a printable list (so it survives a power cut);
 * for a member of a team, the plans of their own patients.
 */
final class RegisterPanel extends Div {

    final Div list = Parts.list();
    private final PlanQueries queries;
    private final Actor actor;
    private final boolean desk;

    RegisterPanel(PlanQueries queries, PlanDocumentService documents, Actor actor) {
        this.queries = queries;
        this.actor = actor;
        this.desk = queries.keepsRegister(actor);
        addClassName("oncall-pane");
        setId("prep-register");
        list.setId("prep-register-list");
        add(Parts.note(this, desk ? "preparedness.page.register.intro" : "preparedness.page.mine.intro"));
        if (desk) {
            add(Parts.actions(
                    Parts.download(this, "preparedness.page.register.csv", "prep-register-csv", () -> documents.registerCsv(actor, locale())),
                    Parts.download(this, "preparedness.page.register.print", "prep-register-print", () -> documents.registerPdf(actor, locale()))));
        }
        add(list);
    }

    private java.util.Locale locale() {
        return UI.getCurrent() == null ? java.util.Locale.JAPANESE : UI.getCurrent().getLocale();
    }

    void refresh() {
        list.removeAll();
        List<RegisterRow> rows = desk ? queries.register(actor) : queries.mine(actor);
        if (rows.isEmpty()) {
            list.add(Parts.empty(this, desk ? "preparedness.page.register.none" : "preparedness.page.mine.none"));
        }
        rows.forEach(r -> list.add(card(r)));
    }

    private Div card(RegisterRow r) {
        Div card = new Div();
        card.addClassNames("oncall-card", "prep-register-card");
        card.setId("prep-row-" + r.patientId());
        Anchor name = new Anchor(PlanPage.href(r.planId()), r.name());
        name.addClassName("prep-name");
        Span age = new Span(getTranslation("preparedness.page.age", r.age()));
        age.addClassName("patient-meta");
        Div head = new Div(name, age, Parts.state(this, r.state()));
        head.addClassName("title-row");
        Div facts = Parts.details();
        Parts.fact(facts, this, "preparedness.register.address", r.address());
        Parts.fact(facts, this, "preparedness.register.phone", r.phone() == null ? null : Parts.phone(r.phone()));
        Parts.fact(facts, this, "preparedness.register.devices", Parts.devices(this, r.devices()));
        Parts.fact(facts, this, "preparedness.register.runtime", Parts.runtime(this, r.runtimeMinutes()));
        Parts.fact(facts, this, "preparedness.register.review", r.reviewDue() == null ? null : Dates.date(r.reviewDue(), getLocale()));
        Parts.fact(facts, this, "preparedness.register.checker", r.checkerName() == null ? getTranslation("preparedness.page.no-checker")
                : r.checkerName());
        if (r.grants() > 0) {
            Parts.fact(facts, this, "preparedness.register.grants", String.valueOf(r.grants()));
        }
        card.add(new H3(head), facts);
        return card;
    }
}
