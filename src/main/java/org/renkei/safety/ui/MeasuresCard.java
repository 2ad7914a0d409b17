package org.renkei.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.renkei.safety.MeasureInfo;
import org.renkei.safety.MeasureService;
import org.renkei.safety.MeasuresPage;
import org.renkei.security.Actor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * The patient's visit-risk measures: each with who set it and its review date; 「確認しました」 while the member has not
 * confirmed the current ones; for those who manage the measures (an administrator of a facility on the team, the
 * 主治医), adding, changing and removing them, and who on the team has not confirmed. Never the reason or a report.
 */
final class MeasuresCard extends Div {

    private final MeasureService measures;
    private final Actor actor;
    private final long patientId;
    private MeasuresPage page;

    MeasuresCard(MeasureService measures, Actor actor, long patientId) {
        this.measures = measures;
        this.actor = actor;
        this.patientId = patientId;
        this.page = measures.onPatientPage(actor, patientId);
        addClassNames("summary-section", "visit-measures");
        setId("visit-measures");
        render();
    }

    /** Shown when there is a measure, or when the member may set one. */
    boolean hasSomething() {
        return !page.measures().isEmpty() || page.mayManage();
    }

    private void render() {
        removeAll();
        boolean pending = page.pendingForMe() > 0;
        setClassName("attention", pending);
        add(new H3(getTranslation("safety.page.measures")));
        if (pending) {
            // first, where a nurse between two visits sees it without scrolling
            Button confirm = new Button(getTranslation("safety.page.confirm"), VaadinIcon.CHECK.create(), e -> Parts.run(this,
                    "safety.page.confirmed", () -> measures.confirmAll(actor, patientId), this::reload));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("measures-confirm");
            Span ask = new Span(getTranslation("safety.page.confirm-ask", page.pendingForMe()));
            ask.addClassName("patient-meta");
            Div top = new Div(confirm, ask);
            top.addClassName("actions");
            add(top);
        }
        if (page.measures().isEmpty()) {
            add(Parts.empty(this, "safety.page.no-measures"));
        }
        for (MeasureInfo m : page.measures()) {
            Div row = new Div();
            row.addClassName("visit-measure");
            row.setId("measure-" + m.id());
            Span kind = new Span(getTranslation("safety.measure." + m.kind()));
            kind.addClassName("visit-measure-kind");
            row.add(kind);
            if (!m.confirmedByMe() && page.mayConfirm()) {
                row.add(Badge.of(getTranslation("safety.page.not-confirmed"), Badge.Tone.DANGER));
            }
            if (m.note() != null) {
                Paragraph note = new Paragraph(m.note());
                note.addClassName("visit-measure-note");
                row.add(note);
            }
            Span meta = new Span(m.reviewOn() == null
                    ? getTranslation("safety.page.set-by", m.setBy(), Dates.date(m.setAt().atZone(org.renkei.platform.TimeConfiguration.TOKYO).toLocalDate(), getLocale()))
                    : getTranslation("safety.page.set-by-review", m.setBy(),
                            Dates.date(m.setAt().atZone(org.renkei.platform.TimeConfiguration.TOKYO).toLocalDate(), getLocale()),
                            Dates.date(m.reviewOn(), getLocale())));
            meta.addClassName("patient-meta");
            if (m.reviewDue()) {
                meta.addClassName("gap");
            }
            row.add(new Div(meta));
            if (page.mayManage()) {
                if (!m.unconfirmed().isEmpty()) {
                    Div who = new Div(new Span(getTranslation("safety.page.unconfirmed-by", String.join(getTranslation("join.list"), m.unconfirmed()))));
                    who.addClassName("patient-meta");
                    who.setId("measure-unconfirmed-" + m.id());
                    row.add(who);
                }
                Button change = new Button(getTranslation("safety.page.change"), e -> new MeasureDialog(measures, actor, patientId, m, this::reload).open());
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                change.setId("measure-change-" + m.id());
                Button remove = new Button(getTranslation("safety.page.remove"), e -> Parts.run(this, "safety.page.removed",
                        () -> measures.remove(actor, m.id()), this::reload));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                remove.setId("measure-remove-" + m.id());
                Div manage = new Div(change, remove);
                manage.addClassName("visit-measure-actions");
                row.add(manage);
            }
            add(row);
        }
        Div buttons = new Div();
        buttons.addClassName("actions");
        if (page.mayManage()) {
            Button add = new Button(getTranslation("safety.page.add-measure"), VaadinIcon.PLUS.create(),
                    e -> new MeasureDialog(measures, actor, patientId, null, this::reload).open());
            add.setId("measures-add");
            buttons.add(add);
        }
        if (buttons.getComponentCount() > 0) {
            add(buttons);
        }
    }

    private void reload() {
        page = measures.onPatientPage(actor, patientId);
        render();
    }
}
