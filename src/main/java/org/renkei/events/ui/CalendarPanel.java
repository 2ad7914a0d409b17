package org.renkei.events.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.renkei.directory.AssociationService;
import org.renkei.directory.Profession;
import org.renkei.events.MeetingKind;
import org.renkei.events.MeetingQueries;
import org.renkei.events.MeetingRow;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;

/**
 * The calendar: the meetings of the member's association (or of the whole metropolis, those open to all), from today
 * for six months (or from three months back), by kind and profession, month by month.
 */
final class CalendarPanel extends Div {

    static final String MINE = "association";
    static final String ALL = "all";

    final Select<String> area = new Select<>();
    final Select<MeetingKind> kind = new Select<>();
    final Select<Profession> profession = new Select<>();
    final Checkbox past = new Checkbox();
    final Div list = Parts.list();
    private final MeetingQueries queries;
    private final Actor actor;

    CalendarPanel(MeetingQueries queries, AssociationService associations, Actor actor) {
        this.queries = queries;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("events-calendar");
        String own = actor.associationId() == null ? getTranslation("events.page.area-all")
                : associations.get(actor.associationId()).name();
        area.setLabel(getTranslation("events.page.area"));
        area.setItems(MINE, ALL);
        area.setItemLabelGenerator(a -> MINE.equals(a) ? own : getTranslation("events.page.area-all"));
        area.setValue(MINE);
        area.setId("events-area");
        kind.setLabel(getTranslation("events.page.kind"));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("events.page.any"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("events.page.any") : getTranslation("events.kind." + k));
        kind.setId("events-kind");
        profession.setLabel(getTranslation("events.page.profession"));
        profession.setEmptySelectionAllowed(true);
        profession.setEmptySelectionCaption(getTranslation("events.page.any"));
        profession.setItems(Profession.values());
        profession.setItemLabelGenerator(p -> p == null ? getTranslation("events.page.any") : getTranslation("profession." + p));
        profession.setId("events-profession");
        past.setLabel(getTranslation("events.page.past"));
        past.setId("events-past");
        area.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        profession.addValueChangeListener(e -> refresh());
        past.addValueChangeListener(e -> refresh());
        Div filters = new Div(area, kind, profession, past);
        filters.addClassName("filters");
        list.setId("events-list");
        add(filters, list);
    }

    void refresh() {
        LocalDate today = LocalDate.now(TimeConfiguration.TOKYO);
        Instant from = (past.getValue() ? today.minusMonths(3) : today).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        Instant to = today.plusMonths(6).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        List<MeetingRow> rows = queries.calendar(actor, from, to, new MeetingQueries.CalendarFilter(
                MINE.equals(area.getValue()) ? actor.associationId() : null, kind.getValue(), profession.getValue()));
        list.removeAll();
        if (rows.isEmpty()) {
            list.add(Parts.empty(this, "events.page.none"));
            return;
        }
        DateTimeFormatter month = DateTimeFormatter.ofPattern(getTranslation("events.page.month-pattern"), Parts.locale());
        YearMonth current = null;
        for (MeetingRow r : rows) {
            YearMonth m = YearMonth.from(r.startsAt().atZone(TimeConfiguration.TOKYO));
            if (!m.equals(current)) {
                current = m;
                H3 heading = new H3(month.format(m));
                heading.addClassName("events-month");
                list.add(heading);
            }
            list.add(Parts.card(this, r));
        }
    }
}
