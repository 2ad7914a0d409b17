package org.renkei.coordination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.renkei.coordination.CoordinationQueries;
import org.renkei.coordination.CoordinationService;
import org.renkei.coordination.CoordinationStatus;
import org.renkei.coordination.InquiryAnswer;
import org.renkei.coordination.InquiryCard;
import org.renkei.security.Actor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * 照会: what the desk asked this facility (the patient by age and sex only: the name comes with the invitation to the
 * team once matched), answered in one tap (受入可, 要相談) or with a reason (受入不可); the given answer once answered,
 * and 成立 where the match came here.
 */
final class InquiriesPanel extends Div {

    final Div list = Parts.list();
    private final CoordinationService coordination;
    private final CoordinationQueries queries;
    private final Actor actor;

    InquiriesPanel(CoordinationService coordination, CoordinationQueries queries, Actor actor) {
        this.coordination = coordination;
        this.queries = queries;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("coordination-inquiries");
        list.setId("coordination-inbox");
        add(Parts.note(this, "coordination.page.inquiries.intro"), list);
    }

    void refresh() {
        list.removeAll();
        List<InquiryCard> inbox = queries.inbox(actor);
        if (inbox.isEmpty()) {
            list.add(Parts.empty(this, "coordination.page.inquiries.none"));
        }
        inbox.forEach(c -> list.add(card(c)));
    }

    private Div card(InquiryCard c) {
        Div card = new Div();
        card.addClassNames("oncall-card", "coordination-card", "inquiry-card");
        card.setId("inquiry-" + c.inquiryId());
        boolean waiting = c.mayAnswer();
        if (waiting) {
            card.addClassName("attention");
        }
        Div top = new Div(new H3(getTranslation("coordination.need." + c.need())));
        top.addClassName("patient-card-top");
        if (c.answer() != null) {
            top.add(Parts.answer(this, c.answer()));
        }
        if (c.matchedHere()) {
            Span matched = Badge.of(getTranslation("coordination.status." + CoordinationStatus.MATCHED), Badge.Tone.SUCCESS);
            matched.addClassName("matched-here");
            top.add(matched);
        } else if (c.answer() == null && !c.mayAnswer()) {
            top.add(Badge.of(getTranslation("coordination.page.closed"), Badge.Tone.NEUTRAL));
        }
        Div facts = Parts.details();
        Parts.fact(facts, this, "coordination.page.desk", c.deskName());
        Parts.fact(facts, this, "coordination.page.district", c.districtName());
        Parts.fact(facts, this, "coordination.page.start", Dates.date(c.startOn(), getLocale()));
        Parts.fact(facts, this, "coordination.page.patient", Parts.patient(this, c.patientAge(), c.patientSex()));
        Parts.fact(facts, this, "coordination.page.capabilities", Parts.capabilities(this, c.capabilities()));
        if (c.note() != null && !c.note().isBlank()) {
            Span note = new Span(c.note());
            note.addClassName("sheet-value");
            Parts.fact(facts, this, "coordination.page.note", note);
        }
        Parts.fact(facts, this, "coordination.page.sent", Dates.shortDateTime(c.sentAt(), getLocale()));
        if (c.answeredAt() != null) {
            Parts.fact(facts, this, "coordination.page.answered", Dates.shortDateTime(c.answeredAt(), getLocale()));
        }
        if (c.reason() != null) {
            Parts.fact(facts, this, "coordination.page.reason", getTranslation("coordination.reason." + c.reason()));
        }
        card.add(top, facts);
        if (waiting) {
            Button accept = Parts.button(this, "coordination.answer.ACCEPT", VaadinIcon.CHECK, "answer-accept-" + c.inquiryId(), true,
                    () -> answer(c, InquiryAnswer.ACCEPT));
            Button ask = Parts.button(this, "coordination.answer.ASK", VaadinIcon.COMMENTS_O, "answer-ask-" + c.inquiryId(), false,
                    () -> answer(c, InquiryAnswer.ASK));
            Button decline = Parts.button(this, "coordination.answer.DECLINE", VaadinIcon.CLOSE, "answer-decline-" + c.inquiryId(), false,
                    () -> new DeclineAnswerDialog(coordination, actor, c, this::refresh).open());
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            card.add(Parts.actions(accept, ask, decline));
        }
        return card;
    }

    private void answer(InquiryCard c, InquiryAnswer answer) {
        Parts.run(this, "coordination.page.answer-saved",
                () -> coordination.answer(actor, c.requestId(), c.inquiryId(), answer, null, null), this::refresh);
    }
}
