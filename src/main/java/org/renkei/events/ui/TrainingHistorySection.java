package org.renkei.events.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.renkei.events.MeetingKind;
import org.renkei.events.MeetingQueries;
import org.renkei.events.TrainingRecord;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.AccountPageSection;
import org.renkei.security.Actor;
import org.renkei.shell.Dates;

/**
 * 受講履歴 on the account page: the meetings the member attended, newest first, with a link to the certificate's
 * meeting, and the sessions of the 在宅療養地域リーダー course counted.
 */
@org.springframework.stereotype.Component
class TrainingHistorySection implements AccountPageSection {

    private final MeetingQueries queries;

    TrainingHistorySection(MeetingQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<Component> section(Actor actor) {
        List<TrainingRecord> history = queries.history(actor);
        Div card = new Div();
        card.addClassName("card");
        card.setId("events-history");
        card.add(new H2(card.getTranslation("events.history.title")));
        if (history.isEmpty()) {
            card.add(Parts.empty(card, "events.history.none"));
            return Optional.of(card);
        }
        for (MeetingKind course : MeetingQueries.courses()) {
            long sessions = history.stream().filter(r -> r.kind() == course).count();
            if (sessions > 0) {
                card.add(Parts.note(card, "events.history.course", card.getTranslation("events.kind." + course), sessions));
            }
        }
        Div list = Parts.list();
        for (TrainingRecord r : history) {
            Div row = new Div();
            row.addClassNames("events-history-row", "badges");
            Span day = new Span(Dates.date(r.startsAt().atZone(TimeConfiguration.TOKYO).toLocalDate(), Parts.locale()));
            Anchor link = new Anchor(MeetingPage.href(r.meetingId()), r.title());
            Span meta = new Span(card.getTranslation("join.dot", card.getTranslation("events.kind." + r.kind()), r.organiserName()));
            meta.addClassName("patient-meta");
            row.add(day, link, meta);
            if (r.certificateCode() != null) {
                row.add(org.renkei.shell.Badge.of(card.getTranslation("events.history.certified"), org.renkei.shell.Badge.Tone.SUCCESS));
            }
            list.add(row);
        }
        card.add(list);
        return Optional.of(card);
    }
}
