package org.renkei.oncall.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.renkei.kit.Forms;
import org.renkei.oncall.AgreementService;
import org.renkei.oncall.AgreementService.PoolInfo;
import org.renkei.oncall.RotaService;
import org.renkei.oncall.SlotInfo;
import org.renkei.oncall.Times;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;

/**
 * 輪番表: a pool's month, on a wide screen as a calendar of seven columns and on a phone as a list of days; each slot
 * with its time, doctor and backup, the empty ones in red. The association's administrators plan the month and put
 * doctors on the slots. Above it, the member's own slots of the month.
 */
final class RotaPanel extends Div {

    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    final Select<PoolInfo> pool = new Select<>();
    final Span monthLabel = new Span();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Button plan = new Button();
    final Div mine = new Div();
    final Div calendar = new Div();
    private final RotaService rota;
    private final AgreementService agreements;
    private final Actor actor;
    private final boolean coordinator;
    private YearMonth month = YearMonth.now(TimeConfiguration.TOKYO);
    private boolean loading;

    RotaPanel(RotaService rota, AgreementService agreements, Actor actor) {
        this.rota = rota;
        this.agreements = agreements;
        this.actor = actor;
        this.coordinator = actor.associationId() != null && actor.administers(actor.associationId());
        addClassName("oncall-pane");
        setId("oncall-rota");
        pool.setLabel(getTranslation("oncall.page.rota.pool"));
        pool.setItemLabelGenerator(p -> p == null ? "" : p.name());
        pool.setId("rota-pool");
        pool.addValueChangeListener(e -> {
            if (!loading) {
                show();
            }
        });
        previous.setAriaLabel(getTranslation("oncall.page.rota.previous"));
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.setId("rota-previous");
        previous.addClickListener(e -> {
            month = month.minusMonths(1);
            show();
        });
        next.setAriaLabel(getTranslation("oncall.page.rota.next"));
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.setId("rota-next");
        next.addClickListener(e -> {
            month = month.plusMonths(1);
            show();
        });
        monthLabel.addClassName("rota-month-label");
        monthLabel.setId("rota-month");
        plan.setText(getTranslation("oncall.page.rota.plan"));
        plan.setIcon(VaadinIcon.CALENDAR.create());
        plan.setId("rota-plan");
        plan.setVisible(coordinator);
        plan.addClickListener(e -> planMonth());
        Div months = new Div(previous, monthLabel, next);
        months.addClassName("rota-months");
        Div tools = new Div(pool, months, plan);
        tools.addClassName("filters");
        mine.setId("rota-mine");
        mine.addClassName("oncall-section");
        calendar.setId("rota-calendar");
        add(tools, mine, calendar);
    }

    void refresh() {
        List<PoolInfo> pools = agreements.pools(actor);
        PoolInfo chosen = pool.getValue();
        loading = true;
        try {
            pool.setItems(pools);
            pool.setVisible(!pools.isEmpty());
            if (!pools.isEmpty()) {
                pool.setValue(chosen != null ? pools.stream().filter(p -> p.id() == chosen.id()).findFirst().orElse(pools.getFirst())
                        : pools.getFirst());
            }
        } finally {
            loading = false;
        }
        show();
    }

    private void show() {
        monthLabel.setText(DateTimeFormatter.ofPattern(getTranslation("oncall.page.rota.month-format"), getLocale()).format(month));
        mine.removeAll();
        List<SlotInfo> own = rota.mine(actor, month);
        if (!own.isEmpty()) {
            mine.add(new H3(getTranslation("oncall.page.rota.mine")));
            for (SlotInfo s : own) {
                Div line = new Div(new Span(Times.period(s.startsAt(), s.endsAt())), new Span(s.poolName()),
                        new Span(getTranslation(Objects.equals(s.backupMemberId(), actor.memberId())
                                ? "oncall.page.rota.as-backup" : "oncall.page.rota.as-doctor")));
                line.addClassName("call-row");
                mine.add(line);
            }
        }
        calendar.removeAll();
        PoolInfo p = pool.getValue();
        if (p == null) {
            calendar.add(Parts.empty(this, "oncall.page.rota.no-pool"));
            plan.setEnabled(false);
            return;
        }
        plan.setEnabled(true);
        try {
            calendar.add(grid(rota.month(actor, p.id(), month)));
        } catch (RenkeiException e) {
            Paragraph refused = new Paragraph(getTranslation(e.messageKey(), e.arguments()));
            refused.addClassName("summary-none");
            calendar.add(refused);
        }
    }

    private Div grid(List<SlotInfo> slots) {
        Map<LocalDate, List<SlotInfo>> byDay = new LinkedHashMap<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            byDay.put(d, new ArrayList<>());
        }
        for (SlotInfo s : slots) {
            List<SlotInfo> day = byDay.get(Parts.local(s.startsAt()).toLocalDate());
            if (day != null) {
                day.add(s);
            }
        }
        Div grid = new Div();
        grid.addClassName("rota-grid");
        for (DayOfWeek d : WEEK) {
            Span name = new Span(d.getDisplayName(TextStyle.SHORT, getLocale()));
            name.addClassName("rota-weekday");
            grid.add(name);
        }
        for (int i = 0; i < month.atDay(1).getDayOfWeek().getValue() % 7; i++) {
            Div blank = new Div();
            blank.addClassName("rota-blank");
            grid.add(blank);
        }
        byDay.forEach((day, list) -> grid.add(day(day, list)));
        Div wrapper = new Div();
        if (slots.isEmpty()) {
            wrapper.add(Parts.empty(this, "oncall.page.rota.unplanned"));
        }
        long gaps = slots.stream().filter(SlotInfo::gap).count();
        if (gaps > 0) {
            Span warning = new Span(getTranslation("oncall.page.rota.gaps", gaps));
            warning.addClassNames("gap", "rota-gap-count");
            wrapper.add(warning);
        }
        wrapper.add(grid);
        return wrapper;
    }

    private Div day(LocalDate date, List<SlotInfo> slots) {
        Span number = new Span(String.valueOf(date.getDayOfMonth()));
        number.addClassName("rota-date");
        Span weekday = new Span(date.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()));
        weekday.addClassName("rota-date-weekday");
        Div head = new Div(number, weekday);
        head.addClassName("rota-day-head");
        Div day = new Div(head);
        day.addClassName("rota-day");
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            day.addClassName("saturday");
        } else if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day.addClassName("sunday");
        }
        if (date.equals(LocalDate.now(TimeConfiguration.TOKYO))) {
            day.addClassName("today");
        }
        day.setId("rota-day-" + date);
        slots.forEach(s -> day.add(slot(s)));
        return day;
    }

    private Div slot(SlotInfo s) {
        Span time = new Span(Times.clock(s.startsAt()) + "-" + Times.clock(s.endsAt()));
        time.addClassName("rota-time");
        Div slot = new Div(time);
        slot.addClassName("rota-slot");
        slot.setId("slot-" + s.id());
        if (s.gap()) {
            slot.addClassName("gap");
            slot.add(new Span(getTranslation("oncall.page.rota.gap")));
        } else {
            Span doctor = new Span(s.coveringName() == null ? "?" : s.coveringName());
            doctor.addClassName("rota-doctor");
            slot.add(doctor);
            if (s.coveringFacilityName() != null) {
                Span clinic = new Span(s.coveringFacilityName());
                clinic.addClassName("rota-clinic");
                slot.add(clinic);
            }
        }
        if (s.backupName() != null) {
            Span backup = new Span(getTranslation("oncall.page.rota.backup", s.backupName()));
            backup.addClassName("rota-backup");
            slot.add(backup);
        }
        if (s.mayAssign()) {
            slot.addClassName("assignable");
            slot.getElement().setAttribute("role", "button");
            slot.getElement().setAttribute("tabindex", "0");
            slot.addClickListener(e -> new SlotDialog(rota, actor, s, this::show).open());
        }
        return slot;
    }

    private void planMonth() {
        PoolInfo p = pool.getValue();
        if (p == null) {
            return;
        }
        try {
            int added = rota.planMonth(actor, p.id(), month);
            Forms.success(getTranslation("oncall.page.rota.planned", added));
            show();
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
    }
}
