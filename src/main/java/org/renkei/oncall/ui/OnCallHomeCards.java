package org.renkei.oncall.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.renkei.oncall.AbsenceService;
import org.renkei.oncall.AgreementService;
import org.renkei.oncall.CallService;
import org.renkei.oncall.OnCallAction;
import org.renkei.security.Actor;
import org.renkei.shell.HomeCard;

/**
 * The home page's on-call cards, only when something waits for this member: morning reports to confirm, absences to
 * cover and agreements to answer.
 */
@org.springframework.stereotype.Component
class OnCallHomeCards implements HomeCard {

    private final CallService calls;
    private final AbsenceService absences;
    private final AgreementService agreements;

    OnCallHomeCards(CallService calls, AbsenceService absences, AgreementService agreements) {
        this.calls = calls;
        this.absences = absences;
        this.agreements = agreements;
    }

    @Override
    public List<Component> cards(Actor actor, BiFunction<String, Object[], String> t) {
        List<Component> cards = new ArrayList<>();
        if (actor.facilityId() == null && actor.associationId() == null) {
            return cards;
        }
        long reports = calls.reports(actor).stream().filter(r -> r.allowed().contains(OnCallAction.CONFIRM)).count();
        long absent = absences.list(actor).stream().filter(a -> a.allowed().contains(OnCallAction.ACCEPT)).count();
        long proposed = agreements.list(actor).stream().filter(a -> a.allowed().contains(OnCallAction.ACCEPT)).count();
        add(cards, reports, t.apply("oncall.page.home.reports", new Object[0]), "on-call?tab=reports");
        add(cards, absent, t.apply("oncall.page.home.absences", new Object[0]), "on-call?tab=absences");
        add(cards, proposed, t.apply("oncall.page.home.agreements", new Object[0]), "on-call?tab=absences");
        return cards;
    }

    private static void add(List<Component> cards, long count, String label, String href) {
        if (count > 0) {
            cards.add(HomeCard.card(String.valueOf(count), label, href, true));
        }
    }
}
