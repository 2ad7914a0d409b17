package org.renkei.preparedness.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.SummaryText;
import org.renkei.platform.TimeConfiguration;
import org.renkei.preparedness.GrantItem;
import org.renkei.preparedness.PlanAction;
import org.renkei.preparedness.PlanContent;
import org.renkei.preparedness.PlanDetails;
import org.renkei.preparedness.PlanDocumentService;
import org.renkei.preparedness.PlanQueries;
import org.renkei.preparedness.PlanService;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Dates;

/**
 * One disaster plan (災害時個別支援計画), in the order of Tokyo's forms: the state and what the member may do now (as the plan
 * decides it), basic and medical information and the devices from the summary, the contacts and who calls whom, the
 * blackout steps, evacuation, supplies, supporters, the checker, the grants, the confirmed versions, and the family's A4 PDF.
 */
@Route("preparedness/plans/:id")
@RolesAllowed("MEMBER")
class PlanPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div head = new Div();
    final Div actions = new Div();
    final Div body = new Div();
    private final PlanService service;
    private final PlanQueries queries;
    private final PlanDocumentService documents;
    private final Actor actor;
    private @Nullable PlanDetails plan;

    PlanPage(PlanService service, PlanQueries queries, PlanDocumentService documents, CurrentActor currentActor) {
        this.service = service;
        this.queries = queries;
        this.documents = documents;
        this.actor = currentActor.require();
        addClassName("page");
        addClassName("prep-plan-page");
        head.addClassName("patient-head");
        head.setId("prep-plan-head");
        actions.addClassName("actions");
        actions.setId("prep-plan-actions");
        body.setId("prep-plan-body");
        body.addClassName("prep-plan-body");
        add(new Anchor("preparedness", getTranslation("preparedness.page.plan.back")), head, actions, body);
    }

    static String href(long id) {
        return "preparedness/plans/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        plan = queries.details(actor, event.getRouteParameters().getLong("id").orElse(-1L));
        render();
    }

    PlanDetails plan() {
        return Objects.requireNonNull(plan);
    }

    private void show(PlanDetails p) {
        plan = p;
        render();
    }

    private void render() {
        PlanDetails p = plan();
        head.removeAll();
        Anchor patient = new Anchor("patients/" + p.patientId(), p.patientName());
        H2 title = new H2(getTranslation("preparedness.page.plan.title"));
        Div who = new Div(patient, Parts.state(this, p.state()), new Span(getTranslation("preparedness.page.plan.version", p.planVersion())));
        who.addClassName("title-row");
        head.add(title, who);
        head.add(Parts.note(this, "preparedness.page.plan.owner", p.districtName(), p.deskName()));
        if (p.reviewDue() != null) {
            head.add(Parts.note(this, "preparedness.page.plan.review-due", Dates.date(p.reviewDue(), getLocale())));
        }
        if (p.reviewReason() != null && p.state() == org.renkei.preparedness.PlanState.NEEDS_REVIEW) {
            Paragraph why = new Paragraph(getTranslation("preparedness.review." + p.reviewReason()));
            why.addClassName("emergency-banner");
            why.setId("prep-review-reason");
            head.add(why);
        }
        renderActions(p);
        body.removeAll();
        body.add(basic(p), contacts(p), medical(p), devices(p), blackout(p), evacuation(p), supplies(p), supporters(p), checker(p),
                grants(p), versions(p));
    }

    private void renderActions(PlanDetails p) {
        actions.removeAll();
        actions.add(Parts.download(this, "preparedness.page.plan.pdf", "prep-plan-pdf", () -> documents.planPdf(actor, p.id(), locale())));
        if (p.allowed().contains(PlanAction.EDIT)) {
            actions.add(Parts.button(this, "preparedness.page.plan.edit", VaadinIcon.EDIT, "prep-edit", false, () -> {
                ContentDialog[] d = new ContentDialog[1];
                d[0] = new ContentDialog(p.content(), c -> Parts.run(this, "preparedness.page.saved", () -> show(service.edit(actor, p.id(), c)),
                        d[0]::close));
                d[0].open();
            }));
        }
        if (p.allowed().contains(PlanAction.EDIT_DEVICES)) {
            actions.add(Parts.button(this, "preparedness.page.plan.edit-devices", VaadinIcon.PLUG, "prep-edit-devices", false, () -> {
                DevicesDialog[] d = new DevicesDialog[1];
                d[0] = new DevicesDialog(p.deviceProfile(), profile -> Parts.run(this, "preparedness.page.saved",
                        () -> show(service.saveDevices(actor, p.id(), p.summaryVersion(), profile)), d[0]::close));
                d[0].open();
            }));
        }
        step(p, PlanAction.CONFIRM_MEDICAL, "prep-confirm-medical", VaadinIcon.DOCTOR, () -> service.confirmMedical(actor, p.id()));
        step(p, PlanAction.SUBMIT, "prep-submit", VaadinIcon.ARROW_FORWARD, () -> service.submit(actor, p.id()));
        if (p.allowed().contains(PlanAction.RECORD_CONSENT)) {
            actions.add(Parts.button(this, "preparedness.action.RECORD_CONSENT", VaadinIcon.CHECK_CIRCLE, "prep-consent", true, this::consent));
        }
        step(p, PlanAction.REVISE, "prep-revise", VaadinIcon.COPY, () -> service.revise(actor, p.id()));
    }

    private void step(PlanDetails p, PlanAction action, String id, VaadinIcon icon, java.util.function.Supplier<PlanDetails> command) {
        if (p.allowed().contains(action)) {
            actions.add(Parts.button(this, "preparedness.action." + action, icon, id, action != PlanAction.REVISE,
                    () -> Parts.run(this, "preparedness.page.saved", () -> show(command.get()), () -> { })));
        }
    }

    private void consent() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("preparedness.action.RECORD_CONSENT"));
        TextField who = new TextField(getTranslation("preparedness.page.plan.agreed-by"));
        who.setId("prep-agreed-by");
        who.setWidthFull();
        who.setRequiredIndicatorVisible(true);
        d.add(Parts.note(this, "preparedness.page.plan.consent-intro"), who);
        Button ok = Parts.button(this, "action.save", VaadinIcon.CHECK, "prep-consent-save", true, () -> {
            if (!Parts.missing(this, who)) {
                Parts.run(this, "preparedness.page.saved", () -> show(service.recordConsent(actor, plan().id(), who.getValue())), d::close);
            }
        });
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    private java.util.Locale locale() {
        return UI.getCurrent() == null ? java.util.Locale.JAPANESE : UI.getCurrent().getLocale();
    }

    private Div section(String key, String id) {
        Div d = Parts.section(this, key);
        d.setId(id);
        d.addClassName("prep-section");
        return d;
    }

    private Div basic(PlanDetails p) {
        Div s = section("preparedness.pdf.basic", "prep-basic");
        Div f = Parts.details();
        Parts.fact(f, this, "preparedness.pdf.name", getTranslation("join.paren", p.patientName(), p.nameKana()));
        Parts.fact(f, this, "preparedness.pdf.born", Dates.date(p.birthDate(), getLocale()) + " " + getTranslation("preparedness.page.age", p.age()));
        Parts.fact(f, this, "preparedness.pdf.address", p.address());
        Parts.fact(f, this, "preparedness.pdf.phone", p.phone() == null ? null : Parts.phone(p.phone()));
        Parts.fact(f, this, "preparedness.pdf.care-level", p.medical().careLevel() == null ? null
                : getTranslation("care-level." + p.medical().careLevel()));
        s.add(f);
        return s;
    }

    private Div medical(PlanDetails p) {
        Div s = section("preparedness.pdf.medical", "prep-medical");
        Div f = Parts.details();
        Parts.fact(f, this, "preparedness.pdf.primary", p.medical().primaryName());
        Parts.fact(f, this, "preparedness.pdf.diagnoses", Parts.lines(p.medical().diagnoses()));
        Parts.fact(f, this, "preparedness.pdf.medicines", Parts.lines(p.medical().medicines()));
        Parts.fact(f, this, "preparedness.pdf.allergies", Parts.lines(p.medical().allergies()));
        Parts.fact(f, this, "preparedness.pdf.resuscitation", p.medical().resuscitation() == null ? null
                : getTranslation("resuscitation." + p.medical().resuscitation()));
        s.add(f, Parts.note(this, "preparedness.pdf.from-summary", p.summaryVersion()));
        s.add(p.medicalConfirmedBy() == null ? Parts.note(this, "preparedness.page.plan.medical-unconfirmed")
                : Parts.note(this, "preparedness.page.plan.medical-confirmed", p.medicalConfirmedBy(),
                        Dates.shortDateTime(Objects.requireNonNull(p.medicalConfirmedAt()), getLocale()),
                        Objects.requireNonNullElse(p.medicalSummaryVersion(), 0)));
        return s;
    }

    private Div devices(PlanDetails p) {
        Div s = section("preparedness.pdf.devices", "prep-devices");
        Div f = Parts.details();
        Parts.fact(f, this, "preparedness.pdf.devices-ticked", Parts.lines(p.medical().devices().stream().sorted()
                .map(d -> getTranslation("device." + d)).toList()));
        Parts.fact(f, this, "preparedness.pdf.device-profile", Parts.lines(SummaryText.deviceProfile(p.deviceProfile(), this::getTranslation)));
        Parts.fact(f, this, "preparedness.pdf.device-notes", p.medical().deviceNotes());
        s.add(f);
        if (p.deviceProfile().nothingRecorded()) {
            s.add(Parts.empty(this, "preparedness.page.plan.no-profile"));
        }
        return s;
    }

    private Div contacts(PlanDetails p) {
        Div s = section("preparedness.pdf.contacts", "prep-contacts");
        List<String> lines = p.content().contacts().stream().map(c -> (c.relation() == null ? c.name() : getTranslation("join.paren", c.name(), c.relation()))
                + (c.phone() == null ? "" : " " + c.phone()) + (c.calledBy() == null ? "" : " ← " + c.calledBy())
                + (c.withinMinutes() == null ? "" : " " + getTranslation("preparedness.page.plan.within", c.withinMinutes()))).toList();
        s.add(lines.isEmpty() ? Parts.empty(this, "preparedness.page.plan.none") : Objects.requireNonNull(Parts.lines(lines)));
        return s;
    }

    private Div blackout(PlanDetails p) {
        Div s = section("preparedness.pdf.blackout", "prep-blackout");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < p.content().blackoutSteps().size(); i++) {
            lines.add((i + 1) + ". " + p.content().blackoutSteps().get(i));
        }
        s.add(lines.isEmpty() ? Parts.empty(this, "preparedness.page.plan.none") : Objects.requireNonNull(Parts.lines(lines)));
        return s;
    }

    private Div evacuation(PlanDetails p) {
        Div s = section("preparedness.pdf.evacuation", "prep-evacuation");
        PlanContent.Evacuation e = p.content().evacuation();
        Div f = Parts.details();
        Parts.fact(f, this, "preparedness.evacuation.decision", e.decision() == null ? null : getTranslation("preparedness.stay." + e.decision()));
        Parts.fact(f, this, "preparedness.evacuation.place", e.place());
        Parts.fact(f, this, "preparedness.evacuation.route", e.route());
        Parts.fact(f, this, "preparedness.evacuation.transport", e.transport());
        Parts.fact(f, this, "preparedness.evacuation.helpers", e.helpers() == null ? null : String.valueOf(e.helpers()));
        s.add(f);
        return s;
    }

    private Div supplies(PlanDetails p) {
        Div s = section("preparedness.pdf.supplies", "prep-supplies");
        Div list = new Div();
        list.addClassName("prep-supplies");
        for (PlanContent.Supply item : p.content().supplies()) {
            Span mark = new Span(item.ready() ? "☑" : "☐");
            mark.addClassName(item.ready() ? "ready" : "missing");
            list.add(new Div(mark, new Span(" " + item.item())));
        }
        s.add(p.content().supplies().isEmpty() ? Parts.empty(this, "preparedness.page.plan.none") : list);
        return s;
    }

    private Div supporters(PlanDetails p) {
        Div s = section("preparedness.pdf.supporters", "prep-supporters");
        List<String> lines = p.content().supporters().stream().map(x -> {
            String who = x.organisation() == null ? x.name() : getTranslation("join.paren", x.name(), x.organisation());
            return x.role() == null ? who : getTranslation("join.colon", who, x.role());
        }).toList();
        s.add(lines.isEmpty() ? Parts.empty(this, "preparedness.page.plan.none") : Objects.requireNonNull(Parts.lines(lines)));
        if (p.content().notes() != null) {
            s.add(new Paragraph(p.content().notes()));
        }
        return s;
    }

    private Div checker(PlanDetails p) {
        Div s = section("preparedness.page.plan.checker", "prep-checker");
        s.add(new Paragraph(p.checkerName() == null ? getTranslation("preparedness.page.no-checker") : p.checkerName()));
        if (p.allowed().contains(PlanAction.ASSIGN_CHECKER)) {
            ComboBox<MemberSummary> who = new ComboBox<>();
            who.setAriaLabel(getTranslation("preparedness.page.plan.checker"));
            who.setId("prep-checker-select");
            List<MemberSummary> candidates = service.checkerCandidates(actor, p.id());
            who.setItems(candidates);
            who.setItemLabelGenerator(m -> getTranslation("join.paren", m.name(), Objects.requireNonNullElse(m.facilityName(), "")));
            candidates.stream().filter(m -> Objects.equals(m.id(), p.checkerId())).findFirst().ifPresent(who::setValue);
            who.setClearButtonVisible(true);
            Button save = Parts.button(this, "preparedness.action.ASSIGN_CHECKER", VaadinIcon.USER_CHECK, "prep-checker-save", false,
                    () -> Parts.run(this, "preparedness.page.saved", () -> show(service.assignChecker(actor, p.id(),
                            who.getValue() == null ? null : who.getValue().id())), () -> { }));
            Div row = new Div(who, save);
            row.addClassName("filters");
            s.add(row);
        }
        return s;
    }

    private Div grants(PlanDetails p) {
        Div s = section("preparedness.page.plan.grants", "prep-grants");
        for (PlanDetails.GrantInfo g : p.grants()) {
            Div f = Parts.details();
            Parts.fact(f, this, "preparedness.grant.item", getTranslation("preparedness.grant." + g.item()) + " " + g.model());
            Parts.fact(f, this, "preparedness.grant.serial", g.serial());
            Parts.fact(f, this, "preparedness.grant.granted-on", Dates.date(g.grantedOn(), getLocale()) + " " + g.grantedBy());
            Parts.fact(f, this, "preparedness.grant.next-inspection", g.nextInspectionOn() == null ? null : Dates.date(g.nextInspectionOn(), getLocale()));
            f.addClassName("prep-grant");
            s.add(f);
        }
        if (p.grants().isEmpty()) {
            s.add(Parts.empty(this, "preparedness.page.plan.no-grants"));
        }
        if (p.allowed().contains(PlanAction.GRANT)) {
            s.add(grantForm(p));
        } else if (p.state() != org.renkei.preparedness.PlanState.CONFIRMED) {
            s.add(Parts.note(this, "preparedness.page.plan.grant-rule"));
        }
        return s;
    }

    private Component grantForm(PlanDetails p) {
        ComboBox<GrantItem> item = new ComboBox<>(getTranslation("preparedness.grant.item"));
        item.setItems(GrantItem.values());
        item.setItemLabelGenerator(i -> getTranslation("preparedness.grant." + i));
        item.setValue(GrantItem.GENERATOR);
        item.setId("prep-grant-item");
        TextField model = new TextField(getTranslation("preparedness.grant.model"));
        model.setId("prep-grant-model");
        TextField serial = new TextField(getTranslation("preparedness.grant.serial"));
        serial.setId("prep-grant-serial");
        LocalDate today = LocalDate.now(TimeConfiguration.TOKYO);
        DatePicker on = new DatePicker(getTranslation("preparedness.grant.granted-on"), today);
        DatePicker next = new DatePicker(getTranslation("preparedness.grant.next-inspection"), today.plusYears(1));
        Button save = Parts.button(this, "preparedness.action.GRANT", VaadinIcon.PLUS, "prep-grant-save", false, () -> {
            if (!Parts.missing(this, model) && item.getValue() != null && on.getValue() != null) {
                Parts.run(this, "preparedness.page.saved", () -> show(service.grant(actor, p.id(), item.getValue(), model.getValue(),
                        serial.getValue(), on.getValue(), next.getValue())), () -> { });
            }
        });
        Div form = new Div(item, model, serial, on, next, save);
        form.addClassNames("filters", "prep-grant-form");
        return form;
    }

    private Div versions(PlanDetails p) {
        Div s = section("preparedness.page.plan.versions", "prep-versions");
        List<String> lines = p.versions().stream().map(v -> getTranslation("preparedness.page.plan.version-line", v.planVersion(),
                Dates.date(v.confirmedAt().atZone(TimeConfiguration.TOKYO).toLocalDate(), getLocale()), v.confirmedBy(),
                Objects.requireNonNullElse(v.consentBy(), "-"))).toList();
        s.add(lines.isEmpty() ? Parts.empty(this, "preparedness.page.plan.no-versions") : Objects.requireNonNull(Parts.lines(lines)));
        s.add(Parts.note(this, "preparedness.page.plan.updated", Dates.shortDateTime(p.updatedAt(), getLocale()), p.updatedBy()));
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("preparedness.page.plan.title") + " | " + getTranslation("app.name");
    }
}
