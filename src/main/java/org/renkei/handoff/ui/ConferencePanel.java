package org.renkei.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.renkei.handoff.Conference;
import org.renkei.handoff.Conferences;
import org.renkei.handoff.HandoffStatus;
import org.renkei.handoff.HandoffView;
import org.renkei.platform.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.renkei.shell.Badge;

/** 退院前カンファレンス: proposed times with everyone's answers, the agreed one, its minutes; a form to propose. */
class ConferencePanel extends Div {

    final DateTimePicker startsAt = new DateTimePicker();
    final TextField place = new TextField();
    final TextField videoLink = new TextField();
    final Button propose = new Button();

    ConferencePanel(Conferences conferences, Actor actor, HandoffView h, Runnable changed) {
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
            Span when = new Span(Labels.time(c.startsAt()));
            when.addClassName("recipient-name");
            Div top = new Div(when, Badge.of(getTranslation(c.agreed() ? "conference.agreed" : "conference.proposed"),
                    c.agreed() ? Badge.Tone.SUCCESS : Badge.Tone.INFO));
            top.addClassName("badges");
            row.add(top);
            Span where = new Span((c.place() == null ? "" : c.place()) + (c.videoLink() == null ? "" : "　" + c.videoLink()) + "　"
                    + getTranslation("conference.by", c.proposedByName()));
            where.addClassName("patient-meta");
            row.add(where);
            StringBuilder answers = new StringBuilder();
            c.answers().forEach((who, answer) -> answers.append(answers.isEmpty() ? "" : "、").append(who).append(" ")
                    .append(getTranslation("conference.answer." + answer)));
            if (!answers.isEmpty()) {
                Span a = new Span(answers.toString());
                a.addClassName("patient-meta");
                row.add(a);
            }
            Div buttons = new Div();
            buttons.addClassName("actions");
            if (h.status() == HandoffStatus.SENT && !c.agreed()) {
                for (Conferences.Answer answer : Conferences.Answer.values()) {
                    Button b = new Button(getTranslation("conference.answer." + answer), e -> run(changed,
                            () -> conferences.answer(actor, c.id(), answer)));
                    b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    buttons.add(b);
                }
                if (h.sender()) {
                    Button agree = new Button(getTranslation("conference.agree"), VaadinIcon.CHECK.create(),
                            e -> run(changed, () -> conferences.agree(actor, c.id())));
                    agree.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                    buttons.add(agree);
                }
            }
            if (c.agreed()) {
                if (c.minutesName() != null) {
                    Anchor minutes = new Anchor(DownloadHandler.fromInputStream(e -> {
                        Conferences.Minutes m = conferences.minutes(actor, c.id());
                        return new DownloadResponse(new ByteArrayInputStream(m.content()), m.fileName(), m.contentType(), m.content().length);
                    }), "");
                    minutes.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("conference.minutes") + ": " + c.minutesName()));
                    minutes.addClassName("button-link");
                    buttons.add(minutes);
                }
                Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                        run(changed, () -> conferences.attachMinutes(actor, c.id(), meta.fileName(), bytes))))));
                upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png");
                upload.setMaxFileSize(10 * 1024 * 1024);
                upload.setUploadButton(new Button(getTranslation("conference.attach-minutes"), VaadinIcon.UPLOAD.create()));
                upload.setDropAllowed(false);
                upload.addClassName("chat-upload");
                buttons.add(upload);
            }
            row.add(buttons);
            add(row);
        }
        if (h.status() == HandoffStatus.SENT) {
            startsAt.setLabel(getTranslation("conference.starts-at"));
            startsAt.setStep(java.time.Duration.ofMinutes(15));
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
