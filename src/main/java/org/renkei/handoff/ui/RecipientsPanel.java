package org.renkei.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.handoff.HandoffDetails;
import org.renkei.handoff.HandoffDraftService;
import org.renkei.handoff.RecipientDetails;
import org.renkei.handoff.RecipientStatus;
import org.renkei.security.Actor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/** For whom a handoff waits: each recipient's role, state and answer, and for a declined one a replacement when allowed. */
final class RecipientsPanel extends Div {

    private final HandoffDraftService drafts;
    private final DirectoryLookup directory;
    private final Actor actor;
    private final HandoffActions actions;

    RecipientsPanel(HandoffDraftService drafts, DirectoryLookup directory, Actor actor, HandoffActions actions) {
        this.drafts = drafts;
        this.directory = directory;
        this.actor = actor;
        this.actions = actions;
        setId("handoff-recipients");
        addClassName("handoff-recipients");
    }

    void show(HandoffDetails h) {
        removeAll();
        for (RecipientDetails r : h.recipients()) {
            Div row = new Div();
            row.addClassName("recipient-row");
            Span name = new Span(r.facilityName());
            name.addClassName("recipient-name");
            Div top = new Div(name, Badge.of(getTranslation("team-role." + r.role()), Badge.Tone.NEUTRAL),
                    Badge.of(getTranslation("recipient-status." + r.status()), tone(r.status())));
            top.addClassName("badges");
            if (r.late()) {
                top.add(Badge.of(getTranslation("handoffs.late"), Badge.Tone.DANGER));
            }
            row.add(top);
            String meta = meta(r);
            if (!meta.isEmpty()) {
                Span m = new Span(meta);
                m.addClassName("patient-meta");
                row.add(m);
            }
            if (r.replaceable()) {
                Button replace = HandoffActions.button(this, "handoff.replace", VaadinIcon.EXCHANGE, "replace-" + r.id(), false,
                        () -> replaceDialog(h, r).open());
                replace.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(replace);
            }
            add(row);
        }
    }

    /** When it was received and answered, by whom, and why it was declined. */
    private String meta(RecipientDetails r) {
        StringBuilder meta = new StringBuilder();
        if (r.receivedAt() != null) {
            meta.append(getTranslation("timeline.received")).append(" ").append(Dates.dateTime(r.receivedAt(), getLocale()))
                    .append(getTranslation("join.gap"));
        }
        if (r.answeredAt() != null) {
            meta.append(getTranslation("recipient-status." + r.status())).append(" ").append(Dates.dateTime(r.answeredAt(), getLocale()))
                    .append(r.answeredByName() == null ? "" : " " + r.answeredByName());
        }
        if (r.declineReason() != null) {
            String reason = getTranslation("decline-reason." + r.declineReason());
            meta.append(getTranslation("join.gap"))
                    .append(r.declineNote() == null ? reason : getTranslation("join.colon", reason, r.declineNote()));
        }
        return meta.toString();
    }

    private static Badge.Tone tone(RecipientStatus s) {
        return switch (s) {
            case ACCEPTED -> Badge.Tone.SUCCESS;
            case DECLINED -> Badge.Tone.DANGER;
            case SENT, RECEIVED -> Badge.Tone.INFO;
            case DRAFT, REPLACED -> Badge.Tone.NEUTRAL;
        };
    }

    private Dialog replaceDialog(HandoffDetails h, RecipientDetails r) {
        Dialog d = new Dialog(getTranslation("handoff.replace"));
        ComboBox<FacilityRef> facility = new ComboBox<>(getTranslation("handoff.recipient"));
        facility.setItems(q -> directory.findFacilities(q.getFilter().orElse("")).stream()
                .filter(f -> f.type() == r.facilityType()).skip(q.getOffset()).limit(q.getLimit()));
        facility.setItemLabelGenerator(FacilityRef::name);
        facility.setWidthFull();
        Button send = new Button(getTranslation("handoff.send"), e -> {
            if (facility.getValue() == null) {
                facility.setErrorMessage(getTranslation("validation.NotNull"));
                facility.setInvalid(true);
                return;
            }
            d.close();
            actions.run("handoff.replaced-done", () -> drafts.replace(actor, h.id(), r.id(), facility.getValue().id()));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(facility);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), send);
        d.setWidth("min(30rem, 95vw)");
        return d;
    }
}
