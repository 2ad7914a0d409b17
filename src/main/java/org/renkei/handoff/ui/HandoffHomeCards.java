package org.renkei.handoff.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.renkei.handoff.HandoffListService;
import org.renkei.handoff.HandoffService;
import org.renkei.security.Actor;
import org.renkei.shell.HomeCard;

/** The home page's handoff cards: what my facility must answer, and what is late. */
@org.springframework.stereotype.Component
class HandoffHomeCards implements HomeCard {

    private final HandoffService handoffs;
    private final HandoffListService lists;

    HandoffHomeCards(HandoffService handoffs, HandoffListService lists) {
        this.handoffs = handoffs;
        this.lists = lists;
    }

    @Override
    public List<Component> cards(Actor actor, BiFunction<String, Object[], String> t) {
        List<Component> cards = new ArrayList<>();
        if (actor.facilityId() == null) {
            return cards;
        }
        int toAnswer = lists.toAnswer(actor).size();
        int late = lists.late(actor).size();
        cards.add(HomeCard.card(String.valueOf(toAnswer), t.apply("home.handoffs-to-answer", new Object[0]), "handoffs", toAnswer > 0));
        if (late > 0) {
            cards.add(HomeCard.card(String.valueOf(late), t.apply("home.handoffs-late", new Object[0]), "handoffs", true));
        }
        return cards;
    }
}
