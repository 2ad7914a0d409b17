package org.renkei.coordination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.renkei.coordination.CoordinationStatus;
import org.renkei.coordination.RequestRow;
import org.renkei.shell.Dates;

/**
 * A request in a list (the desk's queue, a facility's own): what is needed (a link to the request), where it stands,
 * late in red, the district and the day care should start, and how the facilities asked have answered.
 */
final class RequestCards {

    private RequestCards() {}

    /**
     * @param forDesk the desk reads who asked; the requester reads the proposal that waits for it
     */
    static Div card(Component owner, Locale locale, RequestRow r, boolean forDesk) {
        Div card = new Div();
        card.addClassNames("oncall-card", "coordination-card");
        card.setId("coordination-request-" + r.id());
        if (r.late()) {
            card.addClassName("late");
        } else if (r.status() == (forDesk ? CoordinationStatus.RECEIVED : CoordinationStatus.PROPOSED)) {
            card.addClassName("attention");
        }
        Anchor link = new Anchor(CoordinationRequestPage.href(r.id()), owner.getTranslation("coordination.need." + r.need()));
        link.addClassName("call-patient");
        Div top = new Div(link, Parts.status(owner, r.status()));
        if (r.late()) {
            top.add(Parts.late(owner));
        }
        top.addClassName("patient-card-top");
        Div facts = Parts.details();
        if (forDesk) {
            Parts.fact(facts, owner, "coordination.page.requester", r.requesterFacility());
        }
        Parts.fact(facts, owner, "coordination.page.district", r.districtName());
        Parts.fact(facts, owner, "coordination.page.start", Dates.date(r.startOn(), locale));
        Parts.fact(facts, owner, "coordination.page.capabilities", Parts.capabilities(owner, r.capabilities()));
        Parts.fact(facts, owner, "coordination.page.received", Dates.shortDateTime(r.receivedAt(), locale));
        if (r.status().open() && r.asked() == 0) {
            Parts.fact(facts, owner, "coordination.page.due", Dates.shortDateTime(r.firstAnswerDue(), locale));
        }
        if (r.asked() > 0) {
            Parts.fact(facts, owner, "coordination.page.inquiries", owner.getTranslation("coordination.page.counts", r.asked(),
                    r.accepting(), r.declined()));
        }
        Parts.fact(facts, owner, "coordination.page.matched", r.matchedFacility());
        card.add(top, facts);
        return card;
    }
}
