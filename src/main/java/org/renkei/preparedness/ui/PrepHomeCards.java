package org.renkei.preparedness.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.renkei.preparedness.BoardQueries;
import org.renkei.preparedness.EventInfo;
import org.renkei.preparedness.PlanQueries;
import org.renkei.shell.HomeCard;
import org.renkei.security.Actor;

/**
 * The home page's disaster cards: during an event, the users this member is to check and the open events they run; for a
 * desk, the plans to review and the grants due for inspection within 30 days.
 */
@org.springframework.stereotype.Component
class PrepHomeCards implements HomeCard {

    private final BoardQueries boards;
    private final PlanQueries plans;

    PrepHomeCards(BoardQueries boards, PlanQueries plans) {
        this.boards = boards;
        this.plans = plans;
    }

    @Override
    public List<Component> cards(Actor actor, BiFunction<String, Object[], String> t) {
        List<Component> cards = new ArrayList<>();
        for (EventInfo e : boards.events(actor)) {
            if (!e.open()) {
                continue;
            }
            if (e.mine() > 0) {
                cards.add(HomeCard.card(String.valueOf(e.mine()), t.apply("preparedness.page.home.check", new Object[] {e.title()}),
                        EventBoardPage.href(e.id()), true));
            } else if (e.runs()) {
                int open = e.counts().entrySet().stream().filter(x -> x.getKey().open()).mapToInt(java.util.Map.Entry::getValue).sum();
                cards.add(HomeCard.card(String.valueOf(open), t.apply("preparedness.page.home.open", new Object[] {e.title()}),
                        EventBoardPage.href(e.id()), open > 0));
            }
        }
        PlanQueries.DeskDue due = plans.deskDue(actor);
        if (due.reviews() > 0) {
            cards.add(HomeCard.card(String.valueOf(due.reviews()), t.apply("preparedness.page.home.reviews", new Object[0]),
                    "preparedness?tab=register", true));
        }
        if (due.inspections() > 0) {
            cards.add(HomeCard.card(String.valueOf(due.inspections()), t.apply("preparedness.page.home.inspections", new Object[0]),
                    "preparedness?tab=register", false));
        }
        return cards;
    }
}
