package org.renkei.beds.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.renkei.beds.BedAction;
import org.renkei.beds.BedRequestQueries;
import org.renkei.beds.RequestInfo;
import org.renkei.security.Actor;
import org.renkei.shell.HomeCard;

/**
 * The home page's backup-bed cards, only when something waits for this member: drafts for the 主治医 to confirm, requests
 * for their hospital to answer, and refused or unanswered requests to send to the next hospital.
 */
@org.springframework.stereotype.Component
class BedHomeCards implements HomeCard {

    private final BedRequestQueries queries;

    BedHomeCards(BedRequestQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Component> cards(Actor actor, BiFunction<String, Object[], String> t) {
        List<Component> cards = new ArrayList<>();
        if (actor.facilityId() == null) {
            return cards;
        }
        List<RequestInfo> team = queries.forTeam(actor);
        long confirm = team.stream().filter(r -> r.allowed().contains(BedAction.CONFIRM)).count();
        long forward = team.stream().filter(RequestCards::mayForward).count();
        long answer = queries.forHospital(actor).stream().filter(r -> r.allowed().contains(BedAction.ACCEPT)).count();
        add(cards, confirm, t.apply("beds.page.home.confirm", new Object[0]));
        add(cards, answer, t.apply("beds.page.home.answer", new Object[0]));
        add(cards, forward, t.apply("beds.page.home.forward", new Object[0]));
        return cards;
    }

    private static void add(List<Component> cards, long count, String label) {
        if (count > 0) {
            cards.add(HomeCard.card(String.valueOf(count), label, "beds?tab=requests", true));
        }
    }
}
