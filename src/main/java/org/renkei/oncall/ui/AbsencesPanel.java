package org.renkei.oncall.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.renkei.directory.MemberSummary;
import org.renkei.kit.Forms;
import org.renkei.oncall.AbsenceInfo;
import org.renkei.oncall.AbsenceReason;
import org.renkei.oncall.AbsenceService;
import org.renkei.oncall.AbsenceStatus;
import org.renkei.oncall.AgreementInfo;
import org.renkei.oncall.AgreementKind;
import org.renkei.oncall.AgreementService;
import org.renkei.oncall.AgreementStatus;
import org.renkei.oncall.BriefService;
import org.renkei.oncall.BriefService.BriefStatus;
import org.renkei.oncall.OnCallAction;
import org.renkei.oncall.Times;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.shell.Badge;

/**
 * 主治医の不在: the absences the member is party to, with accept, decline and cancel as each allows; and for a 主治医
 * whose clinic has a pair agreement in force that covers absences, the form to declare one. Patients whose consent
 * leaves the covering clinic out are named to the 主治医, who must arrange their cover otherwise.
 */
final class AbsencesPanel extends Div {

    final Div list = new Div();
    final Select<AgreementInfo> agreement = new Select<>();
    final Select<MemberSummary> coveringDoctor = new Select<>();
    final DateTimePicker from = new DateTimePicker();
    final DateTimePicker to = new DateTimePicker();
    final Select<AbsenceReason> reason = new Select<>();
    final TextArea note = new TextArea();
    final Checkbox allPatients = new Checkbox();
    final MultiSelectComboBox<BriefStatus> patients = new MultiSelectComboBox<>();
    final Button declare = new Button();
    private final Details form = new Details();
    private final AbsenceService absences;
    private final AgreementService agreements;
    private final BriefService briefs;
    private final Actor actor;

    AbsencesPanel(AbsenceService absences, AgreementService agreements, BriefService briefs, Actor actor) {
        this.absences = absences;
        this.agreements = agreements;
        this.briefs = briefs;
        this.actor = actor;
        setId("oncall-absences");
        addClassName("oncall-section");
        list.addClassName("oncall-list");
        buildForm();
        add(Parts.section(this, "oncall.page.absences.title"), list, form);
    }

    void refresh() {
        list.removeAll();
        List<AbsenceInfo> all = absences.list(actor);
        if (all.isEmpty()) {
            list.add(Parts.empty(this, "oncall.page.absences.none"));
        }
        all.forEach(a -> list.add(card(a)));
        List<AgreementInfo> usable = agreements.list(actor).stream()
                .filter(a -> a.status() == AgreementStatus.ACTIVE && a.absences() && a.kind() == AgreementKind.PAIR
                        && actor.worksAt(a.principalFacilityId()))
                .toList();
        List<BriefStatus> mine = briefs.mine(actor, getLocale());
        form.setVisible(!usable.isEmpty() && !mine.isEmpty());
        agreement.setItems(usable);
        patients.setItems(mine);
        if (usable.size() == 1) {
            agreement.setValue(usable.getFirst());
        }
    }

    private Div card(AbsenceInfo a) {
        Div card = new Div();
        card.addClassName("oncall-card");
        card.setId("absence-" + a.id());
        Span who = new Span(getTranslation("oncall.page.absences.route", a.principalName(), a.principalFacilityName(), a.coveringName(),
                a.coveringFacilityName()));
        who.addClassName("call-patient");
        Div top = new Div(who, Badge.of(getTranslation("oncall.absence-status." + a.status()), tone(a.status())),
                Badge.of(getTranslation("oncall.absence-reason." + a.reason()), Badge.Tone.NEUTRAL));
        top.addClassName("patient-card-top");
        Div facts = Parts.details();
        Parts.fact(facts, this, "oncall.page.absences.period", Times.period(a.startsAt(), a.endsAt()));
        Parts.fact(facts, this, "oncall.page.patients", a.allPatients() ? getTranslation("oncall.page.all-patients")
                : String.join(getTranslation("join.list"), a.patientNames()));
        Parts.fact(facts, this, "oncall.page.note", a.note());
        card.add(top, facts);
        if (!a.outsideConsent().isEmpty()) {
            Paragraph warning = new Paragraph(getTranslation("oncall.page.absences.outside-consent",
                    String.join(getTranslation("join.list"), a.outsideConsent())));
            warning.addClassName("emergency-banner");
            warning.setId("outside-consent-" + a.id());
            card.add(warning);
        }
        Div actions = new Div();
        actions.addClassName("actions");
        if (a.allowed().contains(OnCallAction.ACCEPT)) {
            actions.add(Parts.button(this, "oncall.page.accept", VaadinIcon.CHECK, "accept-absence-" + a.id(), true,
                    () -> Parts.run(this, "oncall.page.absences.accepted", () -> absences.accept(actor, a.id()), this::refresh)));
        }
        if (a.allowed().contains(OnCallAction.DECLINE)) {
            actions.add(Parts.button(this, "oncall.page.decline", VaadinIcon.CLOSE, "decline-absence-" + a.id(), false,
                    () -> Parts.run(this, "oncall.page.absences.declined", () -> absences.decline(actor, a.id()), this::refresh)));
        }
        if (a.allowed().contains(OnCallAction.CANCEL)) {
            Button cancel = Parts.button(this, "oncall.page.absences.cancel", VaadinIcon.BAN, "cancel-absence-" + a.id(), false,
                    () -> Parts.run(this, "oncall.page.absences.cancelled", () -> absences.cancel(actor, a.id()), this::refresh));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        return card;
    }

    static Badge.Tone tone(AbsenceStatus s) {
        return switch (s) {
            case DECLARED -> Badge.Tone.WARNING;
            case ACCEPTED -> Badge.Tone.SUCCESS;
            case DECLINED -> Badge.Tone.DANGER;
            case CANCELLED -> Badge.Tone.NEUTRAL;
        };
    }

    private void buildForm() {
        agreement.setLabel(getTranslation("oncall.page.absences.agreement"));
        agreement.setItemLabelGenerator(a -> a == null || a.coveringFacilityName() == null ? "" : a.coveringFacilityName());
        agreement.setId("absence-agreement");
        agreement.addValueChangeListener(e -> {
            coveringDoctor.clear();
            coveringDoctor.setItems(e.getValue() == null ? List.of() : absences.coveringDoctors(actor, e.getValue().id()));
        });
        coveringDoctor.setLabel(getTranslation("oncall.page.absences.covering-doctor"));
        coveringDoctor.setItemLabelGenerator(m -> m == null ? "" : m.name());
        coveringDoctor.setId("absence-covering");
        from.setLabel(getTranslation("oncall.page.from"));
        from.setId("absence-from");
        to.setLabel(getTranslation("oncall.page.to"));
        to.setId("absence-to");
        from.setValue(Parts.nowInTokyo().toLocalDate().plusDays(1).atTime(9, 0));
        to.setValue(Parts.nowInTokyo().toLocalDate().plusDays(1).atTime(18, 0));
        reason.setLabel(getTranslation("oncall.page.absences.reason"));
        reason.setItems(AbsenceReason.values());
        reason.setItemLabelGenerator(r -> r == null ? "" : getTranslation("oncall.absence-reason." + r));
        reason.setId("absence-reason");
        note.setLabel(getTranslation("oncall.page.note"));
        note.setMaxLength(500);
        note.setId("absence-note");
        allPatients.setLabel(getTranslation("oncall.page.all-patients"));
        allPatients.setValue(true);
        allPatients.setId("absence-all");
        patients.setLabel(getTranslation("oncall.page.chosen-patients"));
        patients.setItemLabelGenerator(BriefStatus::name);
        patients.setVisible(false);
        patients.setId("absence-patients");
        allPatients.addValueChangeListener(e -> patients.setVisible(!e.getValue()));
        declare.setText(getTranslation("oncall.page.absences.declare"));
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        declare.setId("declare-absence");
        declare.addClickListener(e -> declare());
        FormLayout fields = new FormLayout(agreement, coveringDoctor, from, to, reason, allPatients, patients, note);
        fields.setColspan(note, 2);
        fields.setColspan(patients, 2);
        Div bar = new Div(declare);
        bar.addClassName("actions");
        form.setSummaryText(getTranslation("oncall.page.absences.new"));
        form.add(fields, bar);
        form.addClassName("oncall-form");
        form.setVisible(false);
    }

    private void declare() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("agreement", agreement, "coveringMember", coveringDoctor,
                "startsAt", from, "endsAt", to, "reason", reason, "note", note, "patients", patients);
        fields.values().forEach(f -> f.setInvalid(false));
        boolean missing = false;
        for (var f : List.of(agreement, coveringDoctor, reason)) {
            if (f.getValue() == null) {
                required(f);
                missing = true;
            }
        }
        for (DateTimePicker f : List.of(from, to)) {
            if (f.getValue() == null) {
                required(f);
                missing = true;
            }
        }
        if (missing) {
            return;
        }
        try {
            absences.declare(actor, new AbsenceService.Declaration(agreement.getValue().id(), coveringDoctor.getValue().id(),
                    Parts.instant(from.getValue()), Parts.instant(to.getValue()), reason.getValue(), note.getValue(),
                    allPatients.getValue(), patients.getValue().stream().map(BriefStatus::patientId).toList()));
            note.clear();
            patients.clear();
            form.setOpened(false);
            Forms.success(getTranslation("oncall.page.absences.declared"));
            refresh();
        } catch (InvalidInputException x) {
            Forms.show(x, this, fields);
        } catch (RenkeiException x) {
            Forms.error(this, x);
        }
    }

    private void required(com.vaadin.flow.component.HasValidation f) {
        f.setErrorMessage(getTranslation("validation.NotNull"));
        f.setInvalid(true);
    }
}
