package org.renkei.coordination.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.renkei.coordination.CoordinationQueries;
import org.renkei.coordination.InquiryCard;
import org.renkei.coordination.CoordinationStatus;
import org.renkei.coordination.DeskQueue;
import org.renkei.coordination.RequestRow;
import org.renkei.platform.AccessRefusedException;
import org.renkei.security.Actor;
import org.renkei.shell.HomeCard;

/**
 * The home page's desk cards, only when something waits for this member: for a desk, its open and its late requests;
 * for a facility asked, the inquiries it has not answered; for a requester, the proposals to accept or turn down.
 */
@org.springframework.stereotype.Component
class CoordinationHomeCards implements HomeCard {

    private final CoordinationQueries queries;
    private final DeskQueue desk;

    CoordinationHomeCards(CoordinationQueries queries, DeskQueue desk) {
        this.queries = queries;
        this.desk = desk;
    }

    @Override
    public List<Component> cards(Actor actor, BiFunction<String, Object[], String> t) {
        List<Component> cards = new ArrayList<>();
        if (actor.facilityId() == null) {
            return cards;
        }
        try {
            List<RequestRow> queue = desk.queue(actor);
            long open = queue.stream().filter(r -> r.status().open()).count();
            long late = queue.stream().filter(RequestRow::late).count();
            add(cards, open, t.apply("coordination.page.home.open", new Object[0]), "desk", false);
            add(cards, late, t.apply("coordination.page.home.late", new Object[0]), "desk", true);
        } catch (AccessRefusedException notADesk) {
            // a facility that is not a desk has no queue
        }
        long unanswered = queries.inbox(actor).stream().filter(InquiryCard::mayAnswer).count();
        add(cards, unanswered, t.apply("coordination.page.home.inquiries", new Object[0]), "inquiries", true);
        long proposals = queries.mine(actor).stream().filter(r -> r.status() == CoordinationStatus.PROPOSED).count();
        add(cards, proposals, t.apply("coordination.page.home.proposals", new Object[0]), "file", true);
        return cards;
    }

    private static void add(List<Component> cards, long count, String label, String tab, boolean attention) {
        if (count > 0) {
            cards.add(HomeCard.card(String.valueOf(count), label, "coordination?tab=" + tab, attention));
        }
    }
}
