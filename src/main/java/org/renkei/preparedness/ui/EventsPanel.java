package org.renkei.preparedness.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DistrictInfo;
import org.renkei.preparedness.BoardQueries;
import org.renkei.preparedness.CheckState;
import org.renkei.preparedness.DisasterService;
import org.renkei.preparedness.EventInfo;
import org.renkei.preparedness.EventKind;
import org.renkei.security.Actor;
import org.renkei.shell.Dates;

/**
 * 災害時: declaring an event for a district (its desk, its association's administrators), and the events this member runs or
 * checks in, open first, with the count of checks in each state and a link to the live board.
 */
final class EventsPanel extends Div {

    final Div declare = new Div();
    final ComboBox<DistrictInfo> district = new ComboBox<>();
    final ComboBox<EventKind> kind = new ComboBox<>();
    final TextField title = new TextField();
    final Div list = Parts.list();
    private final DisasterService disasters;
    private final BoardQueries boards;
    private final Actor actor;

    EventsPanel(DisasterService disasters, BoardQueries boards, AssociationService associations, Actor actor) {
        this.disasters = disasters;
        this.boards = boards;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("prep-events");
        list.setId("prep-event-list");
        List<DistrictInfo> mine = associations.districts().stream().filter(d -> boards.mayDeclare(actor, d.id())).toList();
        if (!mine.isEmpty()) {
            district.setItems(mine);
            district.setItemLabelGenerator(DistrictInfo::name);
            district.setLabel(getTranslation("preparedness.page.declare.district"));
            district.setValue(mine.getFirst());
            district.setId("prep-declare-district");
            kind.setItems(EventKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("preparedness.kind." + k));
            kind.setLabel(getTranslation("preparedness.page.declare.kind"));
            kind.setValue(EventKind.BLACKOUT);
            kind.setId("prep-declare-kind");
            title.setLabel(getTranslation("preparedness.page.declare.title"));
            title.setId("prep-declare-title");
            title.setMaxLength(200);
            title.setRequiredIndicatorVisible(true);
            var go = Parts.button(this, "preparedness.page.declare.go", VaadinIcon.WARNING, "prep-declare", true, this::declare);
            go.addThemeNames("error");
            Div form = new Div(district, kind, title);
            form.addClassName("filters");
            declare.add(Parts.section(this, "preparedness.page.declare.heading"), Parts.note(this, "preparedness.page.declare.intro"),
                    form, Parts.actions(go));
            declare.addClassName("prep-declare");
            add(declare);
        }
        add(list);
    }

    private void declare() {
        if (Parts.missing(this, title) || district.getValue() == null || kind.getValue() == null) {
            return;
        }
        try {
            EventInfo e = disasters.declare(actor, district.getValue().id(), kind.getValue(), title.getValue(), null);
            org.renkei.kit.Forms.success(getTranslation("preparedness.page.declare.done"));
            UI.getCurrent().navigate(EventBoardPage.href(e.id()));
        } catch (org.renkei.platform.RenkeiException ex) {
            org.renkei.kit.Forms.error(this, ex);
        }
    }

    void refresh() {
        list.removeAll();
        List<EventInfo> events = boards.events(actor);
        if (events.isEmpty()) {
            list.add(Parts.empty(this, "preparedness.page.events.none"));
        }
        events.forEach(e -> list.add(card(e)));
    }

    private Div card(EventInfo e) {
        Div card = new Div();
        card.addClassNames("oncall-card", "prep-event-card");
        if (e.open()) {
            card.addClassName("open");
        }
        card.setId("prep-event-" + e.id());
        Anchor name = new Anchor(EventBoardPage.href(e.id()), e.title());
        name.addClassName("prep-name");
        Span kindBadge = org.renkei.shell.Badge.of(getTranslation("preparedness.kind." + e.kind()),
                e.open() ? org.renkei.shell.Badge.Tone.DANGER : org.renkei.shell.Badge.Tone.NEUTRAL);
        Div head = new Div(kindBadge, name);
        head.addClassName("title-row");
        Div facts = Parts.details();
        Parts.fact(facts, this, "preparedness.page.event.district", e.districtName());
        Parts.fact(facts, this, "preparedness.page.event.started", Dates.dateTime(e.startedAt(), getLocale()) + " " + e.declaredBy());
        if (!e.open()) {
            Parts.fact(facts, this, "preparedness.page.event.ended", Dates.dateTime(e.endedAt(), getLocale()));
        }
        Div counts = new Div();
        counts.addClassName("badges");
        for (CheckState s : CheckState.values()) {
            int n = e.counts().getOrDefault(s, 0);
            if (n > 0) {
                Span b = Parts.check(this, s, null);
                b.setText(b.getText() + " " + n);
                counts.add(b);
            }
        }
        Parts.fact(facts, this, "preparedness.page.event.counts", counts);
        if (e.mine() > 0) {
            Parts.fact(facts, this, "preparedness.page.event.mine", String.valueOf(e.mine()));
        }
        card.add(head, facts);
        return card;
    }
}
