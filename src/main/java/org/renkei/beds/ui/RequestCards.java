package org.renkei.beds.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.renkei.beds.BedAction;
import org.renkei.beds.RequestInfo;
import org.renkei.beds.RequestStatus;
import org.renkei.beds.Urgency;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/** A request in a list: the patient (a link to the request), where it stands, how urgent, and the time that matters now. */
final class RequestCards {

    private RequestCards() {}

    static Div card(Component owner, Locale locale, RequestInfo r) {
        Div card = new Div();
        card.addClassNames("oncall-card", "bed-request-card");
        card.setId("bed-request-" + r.id());
        if (waitsForReader(r)) {
            card.addClassName("attention");
        }
        Anchor link = new Anchor(BedRequestPage.href(r.id()), r.patientName());
        link.addClassName("call-patient");
        Div top = new Div(link, Parts.status(owner, r.status()),
                Badge.of(owner.getTranslation("beds.urgency." + r.urgency()), r.urgency() == Urgency.TODAY ? Badge.Tone.DANGER
                        : Badge.Tone.NEUTRAL));
        top.addClassName("patient-card-top");
        Div facts = Parts.details();
        Parts.fact(facts, owner, "beds.page.hospital", r.hospitalName());
        Parts.fact(facts, owner, "beds.page.purpose", owner.getTranslation("beds.purpose." + r.purpose()));
        if (r.status() == RequestStatus.REQUESTED && r.dueAt() != null) {
            Parts.fact(facts, owner, "beds.page.due", Dates.shortDateTime(r.dueAt(), locale));
        } else if (r.status() == RequestStatus.ACCEPTED && r.arriveBy() != null) {
            Parts.fact(facts, owner, "beds.page.arrive-by", Dates.shortDateTime(r.arriveBy(), locale));
        } else if (r.status() == RequestStatus.DECLINED && r.declineReason() != null) {
            Parts.fact(facts, owner, "beds.page.decline-reason", owner.getTranslation("beds.decline." + r.declineReason()));
        }
        Parts.fact(facts, owner, "beds.page.created", Dates.shortDateTime(r.createdAt(), locale));
        card.add(top, facts);
        return card;
    }

    /** Something this reader should do now: confirm the draft, answer it, or ask the next hospital. */
    static boolean waitsForReader(RequestInfo r) {
        return r.allowed().contains(BedAction.CONFIRM) || r.allowed().contains(BedAction.ACCEPT) || mayForward(r);
    }

    /** Declined or unanswered, not yet sent on, and the reader is on the team's side: the request says so. */
    static boolean mayForward(RequestInfo r) {
        return r.allowed().contains(BedAction.FORWARD);
    }
}
