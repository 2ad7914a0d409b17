package org.renkei.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Map;
import org.renkei.handoff.Conference;
import org.renkei.handoff.ConferenceService;
import org.renkei.handoff.HandoffAction;
import org.renkei.handoff.HandoffDetails;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/** 退院前カンファレンス: proposed times with everyone's answers, the agreed one, its minutes; a form to propose. */
class ConferencePanel extends Div {

    final DateTimePicker startsAt = new DateTimePicker();
    final TextField place = new TextField();
    final TextField videoLink = new TextField();
    final Button propose = new Button();

    ConferencePanel(ConferenceService conferences, Actor actor, HandoffDetails h, Runnable changed) {
        addClassName("handoff-section");
        setId("conference");
        add(new H3(getTranslation("conference.title")));
        var list = conferences.of(actor, h.id());
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("conference.none"));
            none.addClassName("summary-none");
            add(none);
        }
        for (Conference c : list) {
            Div row = new Div();
            row.addClassName("recipient-row");
            Span when = new Span(Dates.dateTime(c.startsAt(), getLocale()));
            when.addClassName("recipient-name");
            Div top = new Div(when, Badge.of(getTranslation(c.agreed() ? "conference.agreed" : "conference.proposed"),
                    c.agreed() ? Badge.Tone.SUCCESS : Badge.Tone.INFO));
            top.addClassName("badges");
            row.add(top);
            String gap = getTranslation("join.gap");
            Span where = new Span((c.place() == null ? "" : c.place()) + (c.videoLink() == null ? "" : gap + c.videoLink()) + gap
                    + getTranslation("conference.by", c.proposedByName()));
            where.addClassName("patient-meta");
            row.add(where);
            StringBuilder answers = new StringBuilder();
            c.answers().forEach((who, answer) -> answers.append(answers.isEmpty() ? "" : getTranslation("join.list")).append(who).append(" ")
                    .append(getTranslation("conference.answer." + answer)));
            if (!answers.isEmpty()) {
                Span a = new Span(answers.toString());
                a.addClassName("patient-meta");
                row.add(a);
            }
            Div buttons = new Div();
            buttons.addClassName("actions");
            if (h.allowed().contains(HandoffAction.CONFER) && !c.agreed()) {
                for (ConferenceService.Answer answer : ConferenceService.Answer.values()) {
                    Button b = new Button(getTranslation("conference.answer." + answer), e -> run(changed,
                            () -> conferences.answer(actor, c.id(), answer)));
                    b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    buttons.add(b);
                }
                if (h.allowed().contains(HandoffAction.FIX_CONFERENCE)) {
                    Button agree = new Button(getTranslation("conference.agree"), VaadinIcon.CHECK.create(),
                            e -> run(changed, () -> conferences.agree(actor, c.id())));
                    agree.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                    buttons.add(agree);
                }
            }
            if (c.agreed()) {
                if (c.minutesName() != null) {
                    buttons.add(Attachments.download(getTranslation("conference.minutes") + ": " + c.minutesName(),
                            () -> conferences.minutes(actor, c.id())));
                }
                buttons.add(Attachments.upload(this, getTranslation("conference.attach-minutes"),
                        (name, bytes) -> run(changed, () -> conferences.attachMinutes(actor, c.id(), name, bytes))));
            }
            row.add(buttons);
            add(row);
        }
        if (h.allowed().contains(HandoffAction.CONFER)) {
            startsAt.setLabel(getTranslation("conference.starts-at"));
            startsAt.setStep(Duration.ofMinutes(15));
            startsAt.setLocale(getLocale());
            place.setLabel(getTranslation("conference.place"));
            videoLink.setLabel(getTranslation("conference.video-link"));
            videoLink.setPlaceholder("https://");
            propose.setText(getTranslation("conference.propose"));
            propose.setIcon(VaadinIcon.CALENDAR.create());
            propose.setId("propose-conference");
            propose.addClickListener(e -> {
                if (startsAt.getValue() == null) {
                    startsAt.setErrorMessage(getTranslation("validation.NotNull"));
                    startsAt.setInvalid(true);
                    return;
                }
                try {
                    conferences.propose(actor, h.id(), startsAt.getValue().atZone(TimeConfiguration.TOKYO).toInstant(), place.getValue(),
                            videoLink.getValue());
                    changed.run();
                } catch (InvalidInputException x) {
                    Forms.show(x, this, Map.of("startsAt", startsAt, "place", place, "videoLink", videoLink));
                } catch (RenkeiException x) {
                    Forms.error(this, x);
                }
            });
            Div form = new Div(startsAt, place, videoLink, propose);
            form.addClassName("filters");
            add(form);
        }
    }

    private void run(Runnable changed, Runnable action) {
        try {
            action.run();
            changed.run();
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
    }
}
