package org.renkei.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.renkei.events.EventService;
import org.renkei.events.MeetingQueries;
import org.renkei.events.Organising;
import org.renkei.security.Actor;

/** The meetings the member's facility (or association office) holds, newest first, and the button to announce one. */
final class OrganisePanel extends Div {

    final Select<Long> host = new Select<>();
    final Button announce;
    final Div list = Parts.list();
    private final MeetingQueries queries;
    private final Actor actor;

    OrganisePanel(EventService events, MeetingQueries queries, Organising organising, List<Long> hosts, Actor actor) {
        this.queries = queries;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("events-organise");
        host.setLabel(getTranslation("events.page.host"));
        host.setItems(hosts);
        host.setItemLabelGenerator(organising::name);
        host.setValue(hosts.getFirst());
        host.setVisible(hosts.size() > 1);
        host.addValueChangeListener(e -> refresh());
        announce = Parts.button(this, "events.page.announce", VaadinIcon.PLUS, "events-announce", true,
                () -> new MeetingDialog(events, actor, host.getValue(), null, d -> getUI().ifPresent(ui -> ui.navigate(MeetingPage.href(d.id()))))
                        .open());
        list.setId("events-organised");
        add(Parts.actions(host, announce), list);
    }

    void refresh() {
        list.removeAll();
        var rows = queries.organised(actor, host.getValue());
        if (rows.isEmpty()) {
            list.add(Parts.empty(this, "events.page.organised-none"));
        }
        rows.forEach(r -> list.add(Parts.card(this, r)));
    }
}
