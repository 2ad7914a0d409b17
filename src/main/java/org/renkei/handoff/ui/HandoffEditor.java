package org.renkei.handoff.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.FacilityType;
import org.renkei.handoff.HandoffDetails;
import org.renkei.handoff.HandoffDraftService;
import org.renkei.handoff.HandoffKind;
import org.renkei.handoff.HandoffPrefillService;
import org.renkei.handoff.HandoffService;
import org.renkei.handoff.HandoffService.RecipientRequest;
import org.renkei.handoff.RecipientDetails;
import org.renkei.handoff.RecipientStatus;
import org.renkei.kit.Forms;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.PatientService;
import org.renkei.patient.TeamRole;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.NotFoundException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * Writing a sheet: {@code handoffs/new?kind=ADMISSION&patient=ID} starts one prefilled from the patient summary
 * (and, for discharge, addressed to the home team already on the patient's team); {@code handoffs/ID/edit}
 * changes a draft. Saved as a draft, or saved and sent after a confirmation.
 */
@Route("handoffs/:id/edit")
@RouteAlias("handoffs/new")
@RolesAllowed("MEMBER")
class HandoffEditor extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<TeamRole> HOME_ROLES = HandoffPrefillService.HOME_ROLES;

    final Button saveDraft = new Button();
    final Button saveAndSend = new Button();
    final ComboBox<FacilityRef> hospital = new ComboBox<>();
    final Div recipientRows = new Div();
    final List<RecipientRow> recipients = new ArrayList<>();
    SheetForm.@Nullable Admission admission;
    SheetForm.@Nullable Discharge discharge;
    private final HandoffService handoffs;
    private final HandoffDraftService drafts;
    private final HandoffPrefillService prefill;
    private final PatientService patients;
    private final CareTeamService teams;
    private final DirectoryLookup directory;
    private final Actor actor;
    private long patientId;
    private @Nullable Long handoffId;
    private long version;
    private HandoffKind kind = HandoffKind.ADMISSION;

    /** A recipient facility and the role it would take. */
    final class RecipientRow extends Div {
        final ComboBox<FacilityRef> facility = facilityBox(null);
        final ComboBox<TeamRole> role = new ComboBox<>(getTranslation("handoff.role"));

        RecipientRow(@Nullable FacilityRef f, @Nullable TeamRole r) {
            facility.setValue(f);
            role.setItems(HOME_ROLES);
            role.setItemLabelGenerator(x -> getTranslation("team-role." + x));
            role.setValue(r);
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                recipients.remove(this);
                recipientRows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.remove"));
            Div fields = new Div(facility, role);
            fields.addClassName("row-fields");
            add(fields, remove);
            addClassName("row-list-row");
        }
    }

    HandoffEditor(HandoffService handoffs, HandoffDraftService drafts, HandoffPrefillService prefill, PatientService patients, CareTeamService teams, DirectoryLookup directory,
            CurrentActor currentActor) {
        this.handoffs = handoffs;
        this.drafts = drafts;
        this.prefill = prefill;
        this.patients = patients;
        this.teams = teams;
        this.directory = directory;
        this.actor = currentActor.require();
        addClassName("page");
        saveDraft.setText(getTranslation("handoff.save-draft"));
        saveDraft.setId("save-draft");
        saveDraft.addClickListener(e -> save(false));
        saveAndSend.setText(getTranslation("handoff.save-and-send"));
        saveAndSend.setId("save-and-send");
        saveAndSend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveAndSend.setIcon(VaadinIcon.PAPERPLANE.create());
        saveAndSend.addClickListener(e -> confirmSend());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            var id = event.getRouteParameters().getLong("id");
            if (id.isPresent()) {
                HandoffDetails h = handoffs.view(actor, id.get());
                handoffId = h.id();
                version = h.version();
                kind = h.kind();
                patientId = h.patientId();
                if (h.admission() != null) {
                    admission = new SheetForm.Admission(h.admission());
                    h.recipients().stream().filter(r -> r.status() != RecipientStatus.REPLACED).findFirst()
                            .ifPresent(r -> hospital.setValue(directory.facility(r.facilityId())));
                } else {
                    discharge = new SheetForm.Discharge(Objects.requireNonNull(h.discharge()));
                    for (RecipientDetails r : h.recipients()) {
                        addRecipient(directory.facility(r.facilityId()), r.role());
                    }
                }
            } else {
                var q = event.getLocation().getQueryParameters();
                patientId = q.getSingleParameter("patient").map(Long::parseLong).orElseThrow(() -> new NotFoundException("patient", -1));
                kind = q.getSingleParameter("kind").map(HandoffKind::valueOf).orElse(HandoffKind.ADMISSION);
                LocalDate today = LocalDate.now(TimeConfiguration.TOKYO);
                if (kind == HandoffKind.ADMISSION) {
                    admission = new SheetForm.Admission(prefill.admissionFromSummary(actor, patientId, today));
                } else {
                    discharge = new SheetForm.Discharge(prefill.dischargeFromSummary(actor, patientId, today.plusDays(7)));
                    suggestRecipients();
                }
                Paragraph prefilled = new Paragraph(getTranslation("handoff.prefilled"));
                prefilled.addClassName("patient-meta");
                add(prefilled);
            }
        } catch (RenkeiException | IllegalArgumentException e) {
            if (e instanceof RenkeiException r) {
                Forms.error(this, r);
            }
            add(new Anchor("handoffs", getTranslation("handoffs.title")));
            return;
        }
        String patientName = patients.header(actor, patientId).name();
        H2 title = new H2(getTranslation("handoff-kind." + kind) + getTranslation("join.gap") + patientName);
        addComponentAsFirst(title);
        add(new Anchor("handoffs?patient=" + patientId, getTranslation("handoffs.for-patient", patientName)));
        if (admission != null) {
            hospital.setLabel(getTranslation("handoff.hospital"));
            hospital.setRequiredIndicatorVisible(true);
            hospital.setItems(q -> directory.findFacilities(q.getFilter().orElse("")).stream()
                    .filter(f -> f.type() == FacilityType.HOSPITAL).skip(q.getOffset()).limit(q.getLimit()));
            hospital.setItemLabelGenerator(FacilityRef::name);
            hospital.setWidth("min(28rem, 100%)");
            hospital.setId("handoff-hospital");
            add(hospital, admission);
        } else {
            Button more = new Button(getTranslation("handoff.add-recipient"), VaadinIcon.PLUS.create(), e -> addRecipient(null, null));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            more.setId("add-recipient");
            Div to = new Div(new H3(getTranslation("handoff.recipients")), recipientRows, more);
            to.addClassName("editor-section");
            recipientRows.setId("handoff-recipients");
            add(Objects.requireNonNull(discharge), to);
        }
        Div bar = new Div(saveDraft, saveAndSend);
        bar.addClassName("save-bar");
        add(bar);
    }

    /** The home team already on the patient's team, each facility once, in its role there. */
    private void suggestRecipients() {
        List<RecipientRequest> team = prefill.homeTeam(actor, patientId);
        Map<Long, FacilityRef> facilities = directory.facilities(team.stream().map(RecipientRequest::facilityId).toList());
        team.forEach(r -> addRecipient(facilities.get(r.facilityId()), r.role()));
        if (team.isEmpty()) {
            addRecipient(null, null);
        }
    }

    private void addRecipient(@Nullable FacilityRef f, @Nullable TeamRole role) {
        RecipientRow row = new RecipientRow(f, role);
        recipients.add(row);
        recipientRows.add(row);
    }

    private ComboBox<FacilityRef> facilityBox(@Nullable FacilityRef value) {
        ComboBox<FacilityRef> box = new ComboBox<>(getTranslation("handoff.recipient"));
        box.setItems(q -> directory.findFacilities(q.getFilter().orElse("")).stream().skip(q.getOffset()).limit(q.getLimit()));
        box.setItemLabelGenerator(f -> getTranslation("join.paren", f.name(), getTranslation("facility-type." + f.type())));
        box.setValue(value);
        box.setWidth("min(24rem, 100%)");
        return box;
    }

    private List<RecipientRequest> recipientRequests() {
        List<RecipientRequest> to = new ArrayList<>();
        for (RecipientRow r : recipients) {
            if (r.facility.getValue() != null) {
                to.add(new RecipientRequest(r.facility.getValue().id(),
                        r.role.getValue() == null ? TeamRole.VISITING_NURSE : r.role.getValue()));
            }
        }
        return to;
    }

    private void confirmSend() {
        String to = admission != null ? (hospital.getValue() == null ? "—" : hospital.getValue().name())
                : String.join(getTranslation("join.list"), recipients.stream().filter(r -> r.facility.getValue() != null).map(r -> r.facility.getValue().name()).toList());
        ConfirmDialog d = new ConfirmDialog(getTranslation("handoff.send"), getTranslation("handoff.send-confirm", to),
                getTranslation("handoff.send"), e -> save(true));
        d.setCancelable(true);
        d.setCancelText(getTranslation("action.cancel"));
        d.setId("confirm-send");
        d.open();
    }

    /** Saves the draft (creating it the first time); then sends it if asked. */
    void save(boolean send) {
        try {
            long id;
            if (admission != null) {
                if (hospital.getValue() == null) {
                    hospital.setErrorMessage(getTranslation("validation.NotNull"));
                    hospital.setInvalid(true);
                    return;
                }
                hospital.setInvalid(false);
                if (handoffId == null) {
                    id = drafts.draftAdmission(actor, patientId, hospital.getValue().id(), admission.value());
                } else {
                    drafts.editAdmission(actor, handoffId, hospital.getValue().id(), admission.value(), version);
                    id = handoffId;
                }
            } else {
                SheetForm.Discharge form = Objects.requireNonNull(discharge);
                if (handoffId == null) {
                    id = drafts.draftDischarge(actor, patientId, form.value(), recipientRequests());
                } else {
                    drafts.editDischarge(actor, handoffId, form.value(), recipientRequests(), version);
                    id = handoffId;
                }
            }
            handoffId = id;
            if (send) {
                handoffs.send(actor, id);
                Forms.success(getTranslation("handoff.sent-done"));
            } else {
                Forms.success(getTranslation("handoff.saved"));
            }
            getUI().ifPresent(ui -> ui.navigate(HandoffPage.class, new RouteParameters("id", String.valueOf(id))));
        } catch (InvalidInputException e) {
            Map<String, HasValidation> fields = new LinkedHashMap<>(
                    admission != null ? admission.fields : Objects.requireNonNull(discharge).fields);
            fields.put("recipient", hospital);
            Forms.show(e, this, fields);
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handoff-kind." + kind) + " | " + getTranslation("app.name");
    }
}
