package org.renkei.patient.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.ConsentInfo;
import org.renkei.patient.ConsentService;
import org.renkei.patient.PatientAction;
import org.renkei.patient.PatientHeader;
import org.renkei.kit.Forms;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.shell.Dates;

/** 同意: the consent in force (or withdrawn), the signed form, and withdrawal by the managing facility. */
class ConsentPanel extends Div {

    final Button withdraw = new Button();

    ConsentPanel(ConsentService consents, Actor actor, PatientHeader patient, Runnable changed) {
        addClassName("details");
        ConsentInfo c = consents.consent(actor, patient.id());
        row("consent.model", getTranslation("consent-model." + c.model()));
        row("consent.obtained-on", c.obtainedOn().toString());
        row("consent.obtained-by", c.obtainedByName());
        row("consent.signer", getTranslation("join.paren", c.signer(), c.signerRelation()));
        if (!c.scopeFacilities().isEmpty()) {
            row(c.model().name().equals("BLANKET") ? "consent.excluded-facilities" : "consent.facilities",
                    String.join(getTranslation("join.list"), c.scopeFacilities()));
        }
        if (!c.scopeMembers().isEmpty()) {
            row("consent.members", String.join(getTranslation("join.list"), c.scopeMembers().stream()
                    .map(m -> m.facilityName() == null ? m.name() : getTranslation("join.paren", m.name(), m.facilityName()))
                    .toList()));
        }
        row("consent.status", getTranslation(c.active() ? "consent.active" : "consent.withdrawn"));
        if (!c.active()) {
            row("consent.withdrawn-at", c.withdrawnAt() == null ? "" : Dates.dateTime(c.withdrawnAt(), getLocale()));
            row("consent.withdrawn-by", c.withdrawnByName());
            row("consent.withdrawal-reason", c.withdrawalReason());
        }
        if (c.documentName() != null) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
                ConsentService.Form form = consents.form(actor, patient.id());
                return new DownloadResponse(new ByteArrayInputStream(form.content()), form.fileName(), form.contentType(),
                        form.content().length);
            }), "");
            download.add(VaadinIcon.DOWNLOAD.create(), new Span(c.documentName()));
            download.addClassName("button-link");
            Span label = new Span(getTranslation("consent.form"));
            label.addClassName("details-label");
            add(label, download);
        }
        if (patient.allowed().contains(PatientAction.WITHDRAW_CONSENT)) {
            withdraw.setText(getTranslation("consent.withdraw"));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.addClickListener(e -> {
                TextArea reason = new TextArea(getTranslation("decision.reason"));
                reason.setWidthFull();
                ConfirmDialog dialog = new ConfirmDialog();
                dialog.setHeader(getTranslation("consent.withdraw"));
                dialog.add(new Span(getTranslation("consent.withdraw-text")), reason);
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("action.cancel"));
                dialog.setConfirmText(getTranslation("consent.withdraw"));
                dialog.setConfirmButtonTheme("error primary");
                dialog.addConfirmListener(x -> {
                    try {
                        consents.withdraw(actor, patient.id(), reason.getValue());
                        Forms.success(getTranslation("consent.withdrawn-done"));
                        changed.run();
                    } catch (RenkeiException ex) {
                        Forms.error(this, ex);
                    }
                });
                dialog.open();
            });
            Span empty = new Span();
            add(empty, withdraw);
        }
    }

    private void row(String key, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(key));
        label.addClassName("details-label");
        add(label, new Span(value));
    }
}
