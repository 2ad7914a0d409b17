package org.renkei.coordination.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.renkei.coordination.DeskQueue;
import org.renkei.coordination.RequestRow;
import org.renkei.security.Actor;

/**
 * 窓口: the desk's queue, open requests first and the late ones in red, each with how many facilities were asked and
 * how they answered; or only the late ones (期限超過).
 */
final class DeskPanel extends Div {

    final Checkbox lateOnly = new Checkbox();
    final Paragraph summary = new Paragraph();
    final Div list = Parts.list();
    private final DeskQueue desk;
    private final Actor actor;

    DeskPanel(DeskQueue desk, Actor actor) {
        this.desk = desk;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("coordination-desk");
        lateOnly.setLabel(getTranslation("coordination.page.late-only"));
        lateOnly.setId("coordination-late-only");
        lateOnly.addValueChangeListener(e -> refresh());
        summary.addClassName("patient-meta");
        summary.setId("coordination-desk-summary");
        list.setId("coordination-queue");
        Div tools = new Div(lateOnly);
        tools.addClassName("filters");
        add(summary, tools, list);
    }

    void refresh() {
        List<RequestRow> queue = desk.queue(actor);
        long open = queue.stream().filter(r -> r.status().open()).count();
        long late = queue.stream().filter(RequestRow::late).count();
        summary.setText(getTranslation("coordination.page.desk.summary", open, late));
        List<RequestRow> shown = lateOnly.getValue() ? desk.late(actor) : queue;
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(Parts.empty(this, lateOnly.getValue() ? "coordination.page.desk.no-late" : "coordination.page.desk.none"));
        }
        shown.forEach(r -> list.add(RequestCards.card(this, getLocale(), r, true)));
    }
}
