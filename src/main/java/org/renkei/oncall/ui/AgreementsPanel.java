package org.renkei.oncall.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.FacilityType;
import org.renkei.kit.Forms;
import org.renkei.oncall.AgreementInfo;
import org.renkei.oncall.AgreementKind;
import org.renkei.oncall.AgreementService;
import org.renkei.oncall.AgreementService.PoolInfo;
import org.renkei.oncall.AgreementStatus;
import org.renkei.oncall.BriefService;
import org.renkei.oncall.BriefService.BriefStatus;
import org.renkei.oncall.OnCallAction;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * 協定: the cover agreements the member sees (their clinic's, and every one of the association for its administrators),
 * with accept, decline and end as each allows; and for a clinic the form to propose a pair (主治医・副主治医) or ask for a
 * place in the district's rota pool.
 */
final class AgreementsPanel extends Div {

    static final String NIGHTS = "nights";
    static final String HOLIDAYS = "holidays";
    static final String ABSENCES = "absences";

    final Div list = new Div();
    final RadioButtonGroup<AgreementKind> kind = new RadioButtonGroup<>();
    final ComboBox<FacilityContact> coveringFacility = new ComboBox<>();
    final Select<PoolInfo> pool = new Select<>();
    final CheckboxGroup<String> covers = new CheckboxGroup<>();
    final Checkbox allPatients = new Checkbox();
    final MultiSelectComboBox<BriefStatus> patients = new MultiSelectComboBox<>();
    final IntegerField maxPatients = new IntegerField();
    final TextArea note = new TextArea();
    final Button propose = new Button();
    private final Details form = new Details();
    private final AgreementService agreements;
    private final BriefService briefs;
    private final Actor actor;
    private final boolean clinic;
    private final Runnable changed;

    /**
     * @param facilityType the member's facility's: only a clinic or hospital proposes (the service refuses the others)
     */
    AgreementsPanel(AgreementService agreements, BriefService briefs, Actor actor, @Nullable FacilityType facilityType, Runnable changed) {
        this.agreements = agreements;
        this.briefs = briefs;
        this.actor = actor;
        this.clinic = facilityType == FacilityType.CLINIC || facilityType == FacilityType.HOSPITAL;
        this.changed = changed;
        setId("oncall-agreements");
        addClassName("oncall-section");
        list.addClassName("oncall-list");
        buildForm();
        add(Parts.section(this, "oncall.page.agreements.title"), list, form);
    }

    void refresh() {
        list.removeAll();
        List<AgreementInfo> all = agreements.list(actor);
        if (all.isEmpty()) {
            list.add(Parts.empty(this, "oncall.page.agreements.none"));
        }
        all.forEach(a -> list.add(card(a)));
        form.setVisible(clinic);
        if (clinic) {
            pool.setItems(agreements.pools(actor));
            List<BriefStatus> mine = briefs.mine(actor, getLocale());
            patients.setItems(mine);
            if (maxPatients.isEmpty()) {
                maxPatients.setValue(Math.max(10, mine.size()));
            }
        }
    }

    private Div card(AgreementInfo a) {
        Div card = new Div();
        card.addClassName("oncall-card");
        card.setId("agreement-" + a.id());
        String other = a.kind() == AgreementKind.PAIR ? a.coveringFacilityName() : a.poolName();
        Span route = new Span(getTranslation("oncall.page.agreements.route", a.principalFacilityName(), other == null ? "?" : other));
        route.addClassName("call-patient");
        Div top = new Div(route, Badge.of(getTranslation("oncall.agreement-kind." + a.kind()), Badge.Tone.INFO),
                Badge.of(getTranslation("oncall.agreement-status." + a.status()), tone(a.status())));
        top.addClassName("patient-card-top");
        Div facts = Parts.details();
        List<String> terms = new ArrayList<>();
        if (a.nights()) {
            terms.add(getTranslation("oncall.page.agreements.nights"));
        }
        if (a.holidays()) {
            terms.add(getTranslation("oncall.page.agreements.holidays"));
        }
        if (a.absences()) {
            terms.add(getTranslation("oncall.page.agreements.absences"));
        }
        Parts.fact(facts, this, "oncall.page.agreements.covers", String.join(getTranslation("join.list"), terms));
        String whom = a.allPatients() ? getTranslation("oncall.page.all-patients")
                : a.patientNames().isEmpty() ? getTranslation("oncall.page.agreements.chosen-count-hidden")
                : String.join(getTranslation("join.list"), a.patientNames());
        Parts.fact(facts, this, "oncall.page.patients", getTranslation("oncall.page.agreements.whom", whom, a.maxPatients()));
        Parts.fact(facts, this, "oncall.page.note", a.note());
        Parts.fact(facts, this, "oncall.page.agreements.proposed-at", Dates.date(Parts.local(a.proposedAt()).toLocalDate(), getLocale()));
        if (a.decidedAt() != null) {
            Parts.fact(facts, this, "oncall.page.agreements.decided-at", Dates.date(Parts.local(a.decidedAt()).toLocalDate(), getLocale()));
        }
        card.add(top, facts);
        Div actions = new Div();
        actions.addClassName("actions");
        if (a.allowed().contains(OnCallAction.ACCEPT)) {
            actions.add(Parts.button(this, "oncall.page.accept", VaadinIcon.CHECK, "accept-agreement-" + a.id(), true,
                    () -> Parts.run(this, "oncall.page.agreements.accepted", () -> agreements.accept(actor, a.id()), this::done)));
        }
        if (a.allowed().contains(OnCallAction.DECLINE)) {
            actions.add(Parts.button(this, "oncall.page.decline", VaadinIcon.CLOSE, "decline-agreement-" + a.id(), false,
                    () -> Parts.run(this, "oncall.page.agreements.declined", () -> agreements.decline(actor, a.id()), this::done)));
        }
        if (a.allowed().contains(OnCallAction.END)) {
            Button end = Parts.button(this, "oncall.page.agreements.end", VaadinIcon.BAN, "end-agreement-" + a.id(), false,
                    () -> Parts.run(this, "oncall.page.agreements.ended", () -> agreements.end(actor, a.id()), this::done));
            end.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(end);
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        return card;
    }

    private void done() {
        refresh();
        changed.run();
    }

    static Badge.Tone tone(AgreementStatus s) {
        return switch (s) {
            case PROPOSED -> Badge.Tone.WARNING;
            case ACTIVE -> Badge.Tone.SUCCESS;
            case DECLINED -> Badge.Tone.DANGER;
            case ENDED -> Badge.Tone.NEUTRAL;
        };
    }

    private void buildForm() {
        kind.setLabel(getTranslation("oncall.page.agreements.kind"));
        kind.setItems(AgreementKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("oncall.agreement-kind." + k));
        kind.setValue(AgreementKind.PAIR);
        kind.setId("agreement-kind");
        coveringFacility.setLabel(getTranslation("oncall.page.agreements.covering-clinic"));
        coveringFacility.setPlaceholder(getTranslation("oncall.page.agreements.search-clinic"));
        coveringFacility.setItemLabelGenerator(FacilityContact::name);
        coveringFacility.setItems(query -> agreements.coveringCandidates(actor, query.getFilter().orElse("")).stream()
                .sorted(Comparator.comparing(FacilityContact::name)).skip(query.getOffset()).limit(query.getLimit()));
        coveringFacility.setId("agreement-covering");
        pool.setLabel(getTranslation("oncall.page.agreements.pool"));
        pool.setItemLabelGenerator(p -> p == null ? "" : p.name());
        pool.setVisible(false);
        pool.setId("agreement-pool");
        kind.addValueChangeListener(e -> {
            coveringFacility.setVisible(e.getValue() == AgreementKind.PAIR);
            pool.setVisible(e.getValue() == AgreementKind.POOL);
        });
        covers.setLabel(getTranslation("oncall.page.agreements.covers"));
        covers.setItems(NIGHTS, HOLIDAYS, ABSENCES);
        covers.setItemLabelGenerator(c -> getTranslation("oncall.page.agreements." + c));
        covers.setValue(Set.of(NIGHTS, HOLIDAYS, ABSENCES));
        covers.setId("agreement-covers");
        allPatients.setLabel(getTranslation("oncall.page.all-patients"));
        allPatients.setValue(true);
        allPatients.setId("agreement-all");
        patients.setLabel(getTranslation("oncall.page.chosen-patients"));
        patients.setItemLabelGenerator(BriefStatus::name);
        patients.setVisible(false);
        patients.setId("agreement-patients");
        allPatients.addValueChangeListener(e -> patients.setVisible(!e.getValue()));
        maxPatients.setLabel(getTranslation("oncall.page.agreements.max-patients"));
        maxPatients.setMin(1);
        maxPatients.setStepButtonsVisible(true);
        maxPatients.setId("agreement-max");
        note.setLabel(getTranslation("oncall.page.note"));
        note.setMaxLength(500);
        note.setId("agreement-note");
        propose.setText(getTranslation("oncall.page.agreements.propose"));
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.setId("propose-agreement");
        propose.addClickListener(e -> propose());
        FormLayout fields = new FormLayout(kind, coveringFacility, pool, covers, maxPatients, allPatients, patients, note);
        fields.setColspan(covers, 2);
        fields.setColspan(patients, 2);
        fields.setColspan(note, 2);
        Div bar = new Div(propose);
        bar.addClassName("actions");
        form.setSummaryText(getTranslation("oncall.page.agreements.new"));
        form.add(fields, bar);
        form.addClassName("oncall-form");
        form.setVisible(false);
    }

    private void propose() {
        Map<String, HasValidation> fields = Map.of("coveringFacility", coveringFacility, "pool", pool, "covers", covers,
                "maxPatients", maxPatients, "patients", patients, "note", note);
        fields.values().forEach(f -> f.setInvalid(false));
        if (maxPatients.getValue() == null) {
            maxPatients.setErrorMessage(getTranslation("validation.NotBlank"));
            maxPatients.setInvalid(true);
            return;
        }
        AgreementKind k = kind.getValue();
        FacilityContact covering = coveringFacility.getValue();
        PoolInfo chosenPool = pool.getValue();
        try {
            agreements.propose(actor, new AgreementService.Proposal(k, k == AgreementKind.PAIR && covering != null ? covering.id() : null,
                    k == AgreementKind.POOL && chosenPool != null ? chosenPool.id() : null, covers.getValue().contains(NIGHTS),
                    covers.getValue().contains(HOLIDAYS), covers.getValue().contains(ABSENCES), allPatients.getValue(),
                    patients.getValue().stream().map(BriefStatus::patientId).toList(), maxPatients.getValue(), note.getValue()));
            note.clear();
            coveringFacility.clear();
            patients.clear();
            form.setOpened(false);
            Forms.success(getTranslation("oncall.page.agreements.proposed"));
            done();
        } catch (InvalidInputException x) {
            Forms.show(x, this, fields);
        } catch (RenkeiException x) {
            Forms.error(this, x);
        }
    }
}
