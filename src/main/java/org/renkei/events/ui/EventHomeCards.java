package org.renkei.events.ui;

import com.vaadin.flow.component.Component;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;
import org.renkei.events.MeetingQueries;
import org.renkei.events.MeetingRow;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.renkei.shell.HomeCard;

/** The home page's card of the member's next meeting (and how many more are coming), only when there is one. */
@org.springframework.stereotype.Component
class EventHomeCards implements HomeCard {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d").withZone(TimeConfiguration.TOKYO);

    private final MeetingQueries queries;

    EventHomeCards(MeetingQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Component> cards(Actor actor, BiFunction<String, Object[], String> t) {
        List<MeetingRow> next = queries.upcoming(actor);
        if (next.isEmpty()) {
            return List.of();
        }
        MeetingRow first = next.getFirst();
        String label = next.size() == 1 ? t.apply("events.home.next", new Object[] {first.title()})
                : t.apply("events.home.next-more", new Object[] {first.title(), next.size() - 1});
        return List.of(HomeCard.card(DAY.format(first.startsAt()), label, MeetingPage.href(first.id()), false));
    }
}
