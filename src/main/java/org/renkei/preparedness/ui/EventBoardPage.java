package org.renkei.preparedness.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.renkei.kit.LiveUpdates;
import org.renkei.preparedness.Board;
import org.renkei.preparedness.BoardQueries;
import org.renkei.preparedness.CheckState;
import org.renkei.preparedness.DisasterService;
import org.renkei.preparedness.PlanDocumentService;
import org.renkei.preparedness.PrepBoardFeed;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Dates;

/**
 * The live disaster board of an event: the counts, then every user this member may see (all for the desk, their own for a
 * checker) with the checker and the state, those in need of help marked in red; a checker confirms the urgent notice (確認しました) and records 無事 / 要支援 (hours
 * left) / 搬送済 / 連絡つかず with a note in two taps. It refreshes itself when any check is committed on this node (push),
 * and every 30 seconds for the other nodes of a cluster. The desk closes the event and sees its record.
 */
@Route("preparedness/events/:id")
@RolesAllowed("MEMBER")
class EventBoardPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 30_000;

    final Div head = new Div();
    final Div counts = new Div();
    final Div rows = new Div();
    final Div record = new Div();
    final Div closing = new Div();
    /** How many pushes this page has taken (what the live test counts). */
    final AtomicInteger pushes = new AtomicInteger();
    private final BoardQueries boards;
    private final DisasterService disasters;
    private final PrepBoardFeed feed;
    private final Actor actor;
    private final Anchor print;
    private final Map<Long, Div> shownCards = new LinkedHashMap<>();
    private final Map<Long, Board.Row> shownRows = new HashMap<>();
    private long eventId = -1;
    private @Nullable Board board;
    private @Nullable Runnable stopListening;

    EventBoardPage(BoardQueries boards, DisasterService disasters, PrepBoardFeed feed, PlanDocumentService documents,
            CurrentActor currentActor) {
        this.boards = boards;
        this.disasters = disasters;
        this.feed = feed;
        this.actor = currentActor.require();
        addClassName("page");
        addClassName("prep-board-page");
        head.addClassName("patient-head");
        head.setId("prep-board-head");
        counts.addClassName("badges");
        counts.setId("prep-board-counts");
        rows.addClassName("prep-board");
        rows.setId("prep-board");
        record.setId("prep-board-record");
        record.addClassName("timeline");
        closing.setId("prep-board-close");
        print = Parts.download(this, "preparedness.page.register.print", "prep-board-print",
                () -> documents.registerPdf(actor, UI.getCurrent() == null ? java.util.Locale.JAPANESE : UI.getCurrent().getLocale()));
        Anchor back = new Anchor("preparedness?tab=disaster", getTranslation("preparedness.page.board.back"));
        add(back, head, counts, rows, closing, record);
    }

    static String href(long id) {
        return "preparedness/events/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        eventId = event.getRouteParameters().getLong("id").orElse(-1L);
        board = boards.board(actor, eventId);
        render();
    }

    /** The board again (a push from this node, the poll, or after this member's own step). */
    void reload() {
        board = boards.refresh(actor, eventId);
        render();
    }

    Board board() {
        return Objects.requireNonNull(board);
    }

    private void render() {
        Board b = board();
        head.removeAll();
        Span kind = org.renkei.shell.Badge.of(getTranslation("preparedness.kind." + b.event().kind()),
                b.event().open() ? org.renkei.shell.Badge.Tone.DANGER : org.renkei.shell.Badge.Tone.NEUTRAL);
        H2 title = new H2(b.event().title());
        Paragraph meta = Parts.note(this, "preparedness.page.board.meta", b.event().districtName(),
                Dates.dateTime(b.event().startedAt(), getLocale()), b.event().declaredBy());
        head.add(new Div(kind, title), meta);
        if (!b.event().open()) {
            head.add(Parts.note(this, "preparedness.page.board.ended", Dates.dateTime(Objects.requireNonNull(b.event().endedAt()), getLocale()),
                    Objects.requireNonNullElse(b.event().endedBy(), "")));
        }
        if (b.event().runs() && !b.rows().isEmpty()) {
            head.add(Parts.actions(print));
        }
        counts.removeAll();
        for (CheckState s : CheckState.values()) {
            Span badge = Parts.check(this, s, null);
            badge.setText(badge.getText() + " " + b.event().counts().getOrDefault(s, 0));
            badge.setId("prep-count-" + s);
            counts.add(badge);
        }
        renderRows(b);
        closing.removeAll();
        if (b.event().runs() && b.event().open()) {
            TextArea note = new TextArea(getTranslation("preparedness.page.board.review-note"));
            note.setId("prep-review-note");
            note.setMaxLength(4000);
            note.setWidthFull();
            Button end = Parts.button(this, "preparedness.page.board.end", VaadinIcon.STOP, "prep-end", false,
                    () -> Parts.run(this, "preparedness.page.board.ended-done", () -> disasters.end(actor, eventId, note.getValue()),
                            this::reload));
            closing.add(Parts.section(this, "preparedness.page.board.close"), note, Parts.actions(end));
        } else if (b.event().reviewNote() != null) {
            closing.add(Parts.section(this, "preparedness.page.board.review-note"), new Paragraph(b.event().reviewNote()));
        }
        record.removeAll();
        if (!b.log().isEmpty()) {
            record.add(new H3(getTranslation("preparedness.page.board.record")));
            for (Board.LogLine l : b.log()) {
                String what = getTranslation("preparedness.step." + l.step());
                if (l.state() != null) {
                    what = getTranslation("join.colon", what, Parts.check(this, l.state(), l.hoursLeft()).getText());
                }
                if (l.patientName() != null) {
                    what = getTranslation("join.paren", what, l.patientName());
                }
                record.add(Parts.timelineItem(Dates.shortDateTime(l.at(), getLocale()), l.step(), what, l.actorName(), l.note()));
            }
        }
    }

    /**
     * The cards, in a steady order: only those whose check changed are replaced, so a push from another checker leaves the
     * hours or the note this member is typing (and the page's scroll) as they are.
     */
    private void renderRows(Board b) {
        List<Long> ids = b.rows().stream().map(Board.Row::checkId).toList();
        if (!ids.equals(List.copyOf(shownCards.keySet())) || ids.isEmpty()) {
            rows.removeAll();
            shownCards.clear();
            shownRows.clear();
            if (ids.isEmpty()) {
                rows.add(Parts.empty(this, b.event().runs() ? "preparedness.page.board.counts-only" : "preparedness.page.board.none"));
            }
        }
        for (Board.Row r : b.rows()) {
            if (r.equals(shownRows.get(r.checkId()))) {
                continue;
            }
            Div fresh = card(r);
            Div old = shownCards.get(r.checkId());
            if (old == null) {
                rows.add(fresh);
            } else {
                rows.replace(old, fresh);
            }
            shownCards.put(r.checkId(), fresh);
            shownRows.put(r.checkId(), r);
        }
    }

    private Div card(Board.Row r) {
        Div card = new Div();
        card.addClassNames("oncall-card", "prep-check-card", "state-" + r.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        card.setId("prep-check-" + r.checkId());
        Span name = new Span(r.name());
        name.addClassName("prep-name");
        Div top = new Div(name, Parts.check(this, r.state(), r.hoursLeft()));
        top.addClassName("title-row");
        card.add(top);
        Div facts = Parts.details();
        Parts.fact(facts, this, "preparedness.register.address", r.address());
        Parts.fact(facts, this, "preparedness.register.phone", r.phone() == null ? null : Parts.phone(r.phone()));
        Parts.fact(facts, this, "preparedness.register.devices", Parts.devices(this, r.devices()));
        Parts.fact(facts, this, "preparedness.register.runtime", Parts.runtime(this, r.runtimeMinutes()));
        Parts.fact(facts, this, "preparedness.register.checker", r.checkerName() == null ? getTranslation("preparedness.page.no-checker")
                : r.checkerName());
        Parts.fact(facts, this, "preparedness.page.board.note", r.note());
        if (r.updatedAt() != null) {
            Parts.fact(facts, this, "preparedness.page.board.updated", Dates.shortDateTime(r.updatedAt(), getLocale()) + " "
                    + Objects.requireNonNullElse(r.updatedBy(), ""));
        }
        card.add(facts);
        if (r.mayAcknowledge()) {
            Button ack = Parts.button(this, "preparedness.page.board.ack", VaadinIcon.CHECK, "prep-ack-" + r.checkId(), true,
                    () -> Parts.run(this, "preparedness.page.board.acked", () -> disasters.acknowledge(actor, eventId, r.checkId()),
                            this::reload));
            ack.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            card.add(Parts.actions(ack));
        }
        if (r.mayRecord()) {
            card.add(recorder(r));
        }
        return card;
    }

    /** A state in one tap (要支援 asks the hours left first), with an optional note. */
    private Div recorder(Board.Row r) {
        IntegerField hours = new IntegerField();
        hours.setPlaceholder(getTranslation("preparedness.page.board.hours"));
        hours.setAriaLabel(getTranslation("preparedness.page.board.hours"));
        hours.setMin(0);
        hours.setMax(72);
        hours.setStepButtonsVisible(true);
        hours.setId("prep-hours-" + r.checkId());
        hours.addClassName("prep-hours");
        TextField note = new TextField();
        note.setPlaceholder(getTranslation("preparedness.page.board.note"));
        note.setAriaLabel(getTranslation("preparedness.page.board.note"));
        note.setMaxLength(500);
        note.setId("prep-note-" + r.checkId());
        note.addClassName("prep-note");
        Div buttons = new Div();
        buttons.addClassNames("actions", "prep-recorder-buttons");
        for (CheckState s : new CheckState[] {CheckState.SAFE, CheckState.NEEDS_HELP, CheckState.TRANSPORTED, CheckState.UNREACHABLE}) {
            Button b = new Button(getTranslation("preparedness.check." + s), e -> Parts.run(this, "preparedness.page.board.recorded",
                    () -> disasters.record(actor, eventId, r.checkId(), s, hours.getValue(), note.getValue()), this::reload));
            b.setId("prep-record-" + s + "-" + r.checkId());
            b.addThemeVariants(s == CheckState.SAFE || s == CheckState.TRANSPORTED ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
            buttons.add(b);
        }
        Div fields = new Div(hours, note);
        fields.addClassName("prep-recorder-fields");
        Div d = new Div(fields, buttons);
        d.addClassName("prep-recorder");
        return d;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        stopListening = LiveUpdates.attach(event.getUI(), push -> feed.listen(eventId, e -> push.run()), () -> {
            pushes.incrementAndGet();
            reload();
        }, POLL_MILLIS, this::reload);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("preparedness.page.board.title") + " | " + getTranslation("app.name");
    }
}
