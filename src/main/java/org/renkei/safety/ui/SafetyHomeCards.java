package org.renkei.safety.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.renkei.safety.ReportQueries;
import org.renkei.security.Actor;
import org.renkei.shell.HomeCard;

/** The home page's card for a facility's administrators: reports submitted and not yet acknowledged. */
@org.springframework.stereotype.Component
class SafetyHomeCards implements HomeCard {

    private final ReportQueries queries;

    SafetyHomeCards(ReportQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Component> cards(Actor actor, BiFunction<String, Object[], String> t) {
        List<Component> cards = new ArrayList<>();
        long waiting = queries.waitingForMe(actor);
        if (waiting > 0) {
            cards.add(HomeCard.card(String.valueOf(waiting), t.apply("safety.page.home.waiting", new Object[0]), "safety?tab=reports", true));
        }
        return cards;
    }
}
