package org.renkei.beds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.renkei.beds.AvailabilityService;
import org.renkei.beds.HospitalInfo;
import org.renkei.security.Actor;
import org.renkei.shell.Dates;

/**
 * 空床: one card per programme hospital with today's free beds, the beds it keeps a day, the hotline and the hours, and
 * when and by whom the figure was given; a figure older than a day is greyed out. A hospital's own members set the
 * figure on their card in two taps (− or +, then save). The view refreshes it when any hospital saves.
 */
final class BoardPanel extends Div {

    static final int MAX_FREE = 99;

    final Div board = new Div();
    private final AvailabilityService availability;
    private final Actor actor;
    /** What a hospital's member has set with − and + and not yet saved: kept when the board refreshes meanwhile. */
    private final Map<Long, Integer> pending = new HashMap<>();

    BoardPanel(AvailabilityService availability, Actor actor) {
        this.availability = availability;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("beds-board");
        board.setId("bed-board");
        board.addClassName("bed-board");
        add(Parts.note(this, "beds.page.board.intro"), board);
    }

    void refresh() {
        board.removeAll();
        List<HospitalInfo> hospitals = availability.board(actor);
        if (hospitals.isEmpty()) {
            board.add(Parts.empty(this, "beds.page.board.none"));
        }
        hospitals.forEach(h -> board.add(card(h)));
    }

    private Div card(HospitalInfo h) {
        Div card = new Div();
        card.addClassName("bed-card");
        card.setId("bed-card-" + h.id());
        if (!h.fresh()) {
            card.addClassName("stale");
        }
        Span programme = new Span(h.programmeName());
        programme.addClassName("patient-meta");
        Div head = new Div(new H3(h.name()), programme);
        head.addClassName("bed-card-head");
        Span free = new Span(h.freeBeds() == null ? "-" : String.valueOf(h.freeBeds()));
        free.addClassName("free-beds");
        Span freeLabel = new Span(getTranslation("beds.page.board.free"));
        freeLabel.addClassName("free-label");
        Span perDay = new Span(getTranslation("beds.page.board.per-day", h.bedsPerDay()));
        perDay.addClassName("patient-meta");
        Div figure = new Div(free, freeLabel, perDay);
        figure.addClassName("bed-card-figure");
        card.add(head, figure);
        if (!h.fresh()) {
            Paragraph stale = new Paragraph(getTranslation("beds.page.board.stale"));
            stale.addClassName("bed-stale-note");
            card.add(stale);
        }
        Div facts = Parts.details();
        Parts.fact(facts, this, "beds.page.hotline", h.hotline().isBlank() ? null : Parts.phone(h.hotline()));
        Parts.fact(facts, this, "beds.page.hours", h.hours());
        card.add(facts);
        Paragraph updated = h.updatedAt() == null ? Parts.note(this, "beds.page.board.never")
                : Parts.note(this, "beds.page.board.updated", Dates.shortDateTime(h.updatedAt(), getLocale()),
                        h.updatedBy() == null ? "" : h.updatedBy());
        updated.addClassName("bed-updated");
        card.add(updated);
        if (h.mayUpdate()) {
            card.add(updater(h));
        }
        return card;
    }

    /** − n + 保存: two taps from opening the page. */
    private Div updater(HospitalInfo h) {
        int start = pending.getOrDefault(h.id(), h.freeBeds() == null ? 0 : h.freeBeds());
        Span value = new Span(String.valueOf(start));
        value.addClassName("bed-updater-value");
        value.setId("free-value-" + h.id());
        Button minus = new Button(VaadinIcon.MINUS.create());
        minus.setId("free-minus-" + h.id());
        minus.setAriaLabel(getTranslation("beds.page.board.minus"));
        Button plus = new Button(VaadinIcon.PLUS.create());
        plus.setId("free-plus-" + h.id());
        plus.setAriaLabel(getTranslation("beds.page.board.plus"));
        Button save = Parts.button(this, "action.save", VaadinIcon.CHECK, "free-save-" + h.id(), true, () -> {
            int beds = pending.getOrDefault(h.id(), start);
            Parts.run(this, "beds.page.board.saved", () -> availability.update(actor, h.id(), beds), () -> {
                pending.remove(h.id());
                refresh();
            });
        });
        minus.addClickListener(e -> step(h, value, -1, start));
        plus.addClickListener(e -> step(h, value, 1, start));
        minus.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        plus.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        Span label = new Span(getTranslation("beds.page.board.set"));
        label.addClassName("patient-meta");
        Div updater = new Div(label, minus, value, plus, save);
        updater.addClassName("bed-updater");
        return updater;
    }

    private void step(HospitalInfo h, Span value, int by, int start) {
        int now = Math.max(0, Math.min(MAX_FREE, pending.getOrDefault(h.id(), start) + by));
        pending.put(h.id(), now);
        value.setText(String.valueOf(now));
    }
}
