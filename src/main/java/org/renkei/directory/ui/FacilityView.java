package org.renkei.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.CapabilityDetails;
import org.renkei.directory.CapabilityService;
import org.renkei.directory.FacilityAction;
import org.renkei.directory.FacilityCapabilityInfo;
import org.renkei.directory.FacilityInfo;
import org.renkei.directory.FacilityService;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.MemberService;
import org.renkei.directory.MemberService.MemberQuery;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.security.Role;
import org.renkei.shell.Dates;

/**
 * 施設の詳細: for those who manage the facility (its association, its own administrator), what it said about itself, its
 * state and the decisions on it (approve, reject with a reason, suspend, reinstate), and its staff with the
 * association's actions on each; for every member, how to reach an active facility. Both see what it takes on
 * ({@link CapabilitySection}), which its administrators declare there.
 */
@Route("admin/facilities/:id")
@RolesAllowed("MEMBER")
class FacilityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Button approve = new Button();
    final Button reject = new Button();
    final Button suspend = new Button();
    final Button reinstate = new Button();
    @Nullable MemberGrid staff;
    @Nullable CapabilitySection capabilitySection;
    private final FacilityService facilities;
    private final MemberService members;
    private final CapabilityService capabilities;
    private final Actor actor;
    private @Nullable FacilityInfo facility;
    private @Nullable CapabilityDetails capabilityDetails;

    FacilityView(FacilityService facilities, MemberService members, CapabilityService capabilities, CurrentActor currentActor) {
        this.facilities = facilities;
        this.members = members;
        this.capabilities = capabilities;
        this.actor = currentActor.require();
        addClassName("page");
        approve.setText(getTranslation("facility.approve"));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> new ReasonDialog(getTranslation("facility.approve"),
                getTranslation("facility.approve-text", current().name()), getTranslation("facility.approve"), false,
                note -> act(() -> facilities.approve(actor, current().id(), note), "facility.approved")).open());
        reject.setText(getTranslation("facility.reject"));
        reject.setId("reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> new ReasonDialog(getTranslation("facility.reject"),
                getTranslation("facility.reject-text", current().name()), getTranslation("facility.reject"), true,
                reason -> act(() -> facilities.reject(actor, current().id(), reason), "facility.rejected")).open());
        suspend.setText(getTranslation("facility.suspend"));
        suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
        suspend.addClickListener(e -> new ReasonDialog(getTranslation("facility.suspend"),
                getTranslation("facility.suspend-text", current().name()), getTranslation("facility.suspend"), true,
                reason -> act(() -> facilities.suspend(actor, current().id(), reason), "facility.suspended")).open());
        reinstate.setText(getTranslation("facility.reinstate"));
        reinstate.addClickListener(e -> act(() -> facilities.reinstate(actor, current().id()), "facility.reinstated"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        facility = facilities.managed(actor, id).orElse(null);
        capabilityDetails = capabilities.get(actor, id);
        render();
    }

    private FacilityInfo current() {
        return Objects.requireNonNull(facility);
    }

    private void act(Supplier<FacilityInfo> action, String doneKey) {
        try {
            facility = action.get();
            Forms.success(getTranslation(doneKey));
        } catch (RenkeiException e) {
            Forms.error(this, e);
            facility = facilities.get(actor, current().id());
        }
        capabilityDetails = capabilities.get(actor, current().id());
        render();
    }

    private void render() {
        removeAll();
        capabilitySection = null;
        if (facility == null) {
            renderForMembers(Objects.requireNonNull(capabilityDetails));
            return;
        }
        FacilityInfo f = current();
        Anchor back = actor.has(Role.ASSOCIATION_ADMIN) || actor.isSystemAdmin()
                ? new Anchor("admin/facilities", getTranslation("facilities.back"))
                : new Anchor("directory/capabilities", getTranslation("capabilities.back"));
        H2 title = new H2(f.name());
        Div head = new Div(title, Labels.status(this, f.status()));
        head.addClassName("title-row");

        Div details = new Div();
        details.addClassName("details");
        row(details, "facility.type", getTranslation("facility-type." + f.type()));
        row(details, "facility.name-kana", f.nameKana());
        row(details, "facility.association", f.associationName());
        row(details, "facility.district", f.districtName());
        row(details, "facility.address", getTranslation("facility.address-line", f.postalCode(), f.address()));
        row(details, "facility.phone", f.phone());
        row(details, "facility.fax", f.fax());
        row(details, "facility.email", f.email());
        row(details, "facility.official-code", f.officialCode());
        row(details, "facility.applied-at", Dates.dateTime(f.appliedAt(), getLocale()));
        row(details, "facility.decided-at", f.decidedAt() == null ? "" : Dates.dateTime(f.decidedAt(), getLocale()));
        row(details, "facility.decision-note", f.decisionNote());
        row(details, "facility.status-reason", f.statusReason());

        Set<FacilityAction> allowed = facilities.allowedActions(actor, f);
        Div actions = new Div();
        actions.addClassName("actions");
        if (allowed.contains(FacilityAction.APPROVE)) {
            actions.add(approve);
        }
        if (allowed.contains(FacilityAction.REJECT)) {
            actions.add(reject);
        }
        if (allowed.contains(FacilityAction.SUSPEND)) {
            actions.add(suspend);
        }
        if (allowed.contains(FacilityAction.REINSTATE)) {
            actions.add(reinstate);
        }
        if (allowed.contains(FacilityAction.EDIT_CODE)) {
            Button edit = new Button(getTranslation(f.officialCode() == null ? "facility.official-code-edit"
                    : "facility.official-code-change"), e -> codeDialog(f).open());
            edit.setId("edit-official-code");
            actions.add(edit);
        }
        add(back, head, actions, details);
        addCapabilities();

        H3 staffTitle = new H3(getTranslation("facility.staff"));
        staff = new MemberGrid(members, actor, false, () -> MemberQuery.ofFacility(f.id()));
        staff.setAllRowsVisible(true);
        Div staffHead = new Div(staffTitle);
        staffHead.addClassName("title-row");
        if (allowed.contains(FacilityAction.ADD_STAFF)) {
            staffHead.add(MemberGrid.addButton(this::getTranslation,
                    () -> new MemberDialog(members, actor, f.id(), null, m -> Objects.requireNonNull(staff).refresh()).open()));
        }
        if (f.status() == FacilityStatus.PENDING) {
            add(staffHead, new Paragraph(getTranslation("facility.applicant-note")), staff);
        } else {
            add(staffHead, staff);
        }
    }

    /** What every member reads of an active facility: how to reach it and what it takes on. */
    private void renderForMembers(CapabilityDetails d) {
        FacilityCapabilityInfo f = d.facility();
        Anchor back = new Anchor("directory/capabilities", getTranslation("capabilities.back"));
        H2 title = new H2(f.name());
        Div head = new Div(title);
        head.addClassName("title-row");
        Div details = new Div();
        details.addClassName("details");
        row(details, "facility.type", getTranslation("facility-type." + f.type()));
        row(details, "facility.name-kana", f.nameKana());
        row(details, "facility.address", getTranslation("facility.address-line", f.postalCode(), f.address()));
        Anchor tel = new Anchor("tel:" + f.phone().replace("-", ""), getTranslation("capabilities.call", f.phone()));
        tel.setId("call-facility");
        tel.addClassName("button-link");
        add(back, head, details, tel);
        addCapabilities();
    }

    private void addCapabilities() {
        CapabilityDetails d = Objects.requireNonNull(capabilityDetails);
        if (d.declarable().isEmpty()) {
            return;
        }
        capabilitySection = new CapabilitySection(capabilities, actor, d);
        add(capabilitySection);
    }

    /** 医療機関コード・事業所番号, checked for the facility's kind; the error shows under the field and nothing is saved. */
    private Dialog codeDialog(FacilityInfo f) {
        Dialog d = new Dialog(getTranslation("facility.official-code"));
        TextField code = new TextField(getTranslation("facility.official-code"));
        code.setId("official-code");
        code.setValue(f.officialCode() == null ? "" : f.officialCode());
        code.setHelperText(getTranslation("facility.official-code-help"));
        code.setWidthFull();
        code.setMaxLength(20);
        d.add(code);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                facility = facilities.setOfficialCode(actor, f.id(), code.getValue());
                d.close();
                Forms.success(getTranslation("facility.official-code-saved"));
                render();
            } catch (InvalidInputException ex) {
                Forms.show(ex, d, Map.of("officialCode", code));
            } catch (RenkeiException ex) {
                Forms.error(this, ex);
            }
        });
        save.setId("save-official-code");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        return d;
    }

    private void row(Div details, String key, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(key));
        label.addClassName("details-label");
        Span text = new Span(value);
        text.addClassName("details-value");
        details.add(label, text);
    }

    @Override
    public String getPageTitle() {
        String name = facility != null ? facility.name()
                : capabilityDetails != null ? capabilityDetails.facility().name() : getTranslation("facilities.title");
        return name + " | " + getTranslation("app.name");
    }
}
