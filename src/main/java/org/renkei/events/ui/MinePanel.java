package org.renkei.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.renkei.events.CalendarFiles;
import org.renkei.events.MeetingQueries;
import org.renkei.security.Actor;
import org.renkei.shell.Dates;

/**
 * The member's registrations (upcoming first, then the past), and their personal calendar feed: a URL with a secret
 * token that a phone's calendar subscribes to, shown once when issued; issuing a new one ends the old.
 */
final class MinePanel extends Div {

    final Div list = Parts.list();
    final Div feed = new Div();
    final TextField feedUrl = new TextField();
    final Button newFeed;
    final Button endFeed;
    private final MeetingQueries queries;
    private final CalendarFiles files;
    private final Actor actor;

    MinePanel(MeetingQueries queries, CalendarFiles files, Actor actor) {
        this.queries = queries;
        this.files = files;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("events-mine");
        list.setId("events-mine-list");
        feedUrl.setReadOnly(true);
        feedUrl.setWidthFull();
        feedUrl.setId("events-feed-url");
        feedUrl.setLabel(getTranslation("events.page.feed-url"));
        feedUrl.setHelperText(getTranslation("events.page.feed-once"));
        feedUrl.setVisible(false);
        newFeed = Parts.button(this, "events.page.feed-new", VaadinIcon.CALENDAR_CLOCK, "events-feed-new", false, () -> {
            feedUrl.setValue(files.newFeed(actor));
            feedUrl.setVisible(true);
            refreshFeed();
        });
        endFeed = Parts.button(this, "events.page.feed-end", VaadinIcon.CLOSE_SMALL, "events-feed-end", false, () -> {
            files.endFeed(actor);
            feedUrl.setVisible(false);
            refreshFeed();
        });
        feed.setId("events-feed");
        Div feedSection = Parts.section(this, "events.page.feed");
        feedSection.add(Parts.note(this, "events.page.feed-intro"), feed, feedUrl, Parts.actions(newFeed, endFeed));
        Div listSection = Parts.section(this, "events.page.mine");
        listSection.add(list);
        add(listSection, feedSection);
    }

    void refresh() {
        list.removeAll();
        var rows = queries.mine(actor);
        if (rows.isEmpty()) {
            list.add(Parts.empty(this, "events.page.mine-none"));
        }
        rows.forEach(r -> list.add(Parts.card(this, r)));
        refreshFeed();
    }

    private void refreshFeed() {
        feed.removeAll();
        var since = files.feedSince(actor);
        feed.add(since.map(s -> Parts.note(this, "events.page.feed-since", Dates.dateTime(s, Parts.locale())))
                .orElseGet(() -> Parts.note(this, "events.page.feed-none")));
        endFeed.setVisible(since.isPresent());
    }
}
