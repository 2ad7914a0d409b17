package org.renkei.coordination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.renkei.coordination.CoordinationService;
import org.renkei.coordination.DeskQueue;
import org.renkei.coordination.RequestDetails;
import org.renkei.directory.Capability;
import org.renkei.directory.FacilityCapabilityInfo;
import org.renkei.directory.Intake;
import org.renkei.directory.IntakeFilter;
import org.renkei.kit.Forms;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * 照会: the facilities the desk may ask for this request (of the kind the need calls for, serving the district, taking
 * on all it needs; those asked already left out), accepting or willing to talk by default, or whatever their intake;
 * the desk ticks the ones to ask and sends.
 */
final class InquireDialog extends Dialog {

    final Select<IntakeFilter> intake = new Select<>();
    final Div candidates = new Div();
    final Map<Long, Checkbox> chosen = new LinkedHashMap<>();
    final Button send = new Button();
    private final DeskQueue desk;
    private final Actor actor;
    private final RequestDetails request;

    InquireDialog(DeskQueue desk, CoordinationService coordination, Actor actor, RequestDetails request, Runnable sent) {
        this.desk = desk;
        this.actor = actor;
        this.request = request;
        setHeaderTitle(getTranslation("coordination.page.request.inquire-title"));
        intake.setLabel(getTranslation("coordination.page.request.intake-filter"));
        intake.setItems(IntakeFilter.ACCEPTING_OR_ASK, IntakeFilter.ACCEPTING, IntakeFilter.ANY);
        intake.setItemLabelGenerator(f -> f == null ? "" : getTranslation("coordination.page.request.intake." + f));
        intake.setValue(IntakeFilter.ACCEPTING_OR_ASK);
        intake.setId("inquire-intake");
        intake.setWidthFull();
        intake.addValueChangeListener(e -> list());
        candidates.addClassNames("oncall-list", "coordination-candidates");
        candidates.setId("inquire-candidates");
        add(intake, candidates);
        send.setText(getTranslation("coordination.page.request.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("inquire-send");
        send.addClickListener(e -> {
            List<Long> ids = chosen.entrySet().stream().filter(c -> c.getValue().getValue()).map(Map.Entry::getKey).toList();
            if (ids.isEmpty()) {
                Forms.error(this, getTranslation("coordination.page.request.select-facility"));
                return;
            }
            try {
                coordination.inquire(actor, request.id(), ids);
                close();
                Forms.success(getTranslation("coordination.page.request.inquired", ids.size()));
                sent.run();
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), x -> close()), send);
        setWidth("min(40rem, 95vw)");
        list();
    }

    private void list() {
        candidates.removeAll();
        chosen.clear();
        List<FacilityCapabilityInfo> found;
        try {
            found = desk.candidates(actor, request.id(), intake.getValue() == null ? IntakeFilter.ACCEPTING_OR_ASK : intake.getValue());
        } catch (RenkeiException x) {
            Forms.error(this, x);
            return;
        }
        if (found.isEmpty()) {
            candidates.add(Parts.empty(this, "coordination.page.request.candidates-none"));
        }
        for (FacilityCapabilityInfo f : found) {
            Checkbox pick = new Checkbox(f.name());
            pick.setId("inquire-facility-" + f.id());
            chosen.put(f.id(), pick);
            Div intakeRow = new Div(Parts.intake(this, f.intake()));
            intakeRow.addClassName("badges");
            if (f.intakeConfirmedAt() != null) {
                Span confirmed = new Span(getTranslation(f.intake() == Intake.UNKNOWN ? "capabilities.confirmed-stale" : "capabilities.confirmed-on",
                        Dates.date(Parts.local(f.intakeConfirmedAt()).toLocalDate(), getLocale())));
                confirmed.addClassName("patient-meta");
                intakeRow.add(confirmed);
            }
            if (f.phone() != null && !f.phone().isBlank()) {
                intakeRow.add(Parts.phone(f.phone()));
            }
            Div takes = new Div();
            takes.addClassName("badges");
            for (Capability c : f.capabilities()) {
                takes.add(Badge.of(getTranslation("capability." + c), request.capabilities().contains(c.name()) ? Badge.Tone.INFO
                        : Badge.Tone.NEUTRAL));
            }
            Div card = new Div(pick, intakeRow, takes);
            card.addClassNames("oncall-card", "coordination-candidate");
            card.setId("candidate-" + f.id());
            candidates.add(card);
        }
    }
}
