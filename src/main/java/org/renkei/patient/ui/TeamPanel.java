package org.renkei.patient.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.MemberSummary;
import org.renkei.kit.Forms;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.PatientAction;
import org.renkei.patient.PatientHeader;
import org.renkei.patient.TeamEntry;
import org.renkei.patient.TeamRole;
import org.renkei.patient.TransferService;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;

/** チーム: who is on the team in which role; inviting members or facilities, removing, leaving, handing over. */
class TeamPanel extends Div {

    final Grid<TeamEntry> grid = new Grid<>();
    final Button addMember = new Button();
    final Button addFacility = new Button();
    final Button transfer = new Button();
    private final CareTeamService teams;
    private final TransferService transfers;
    private final DirectoryLookup directory;
    private final Actor actor;
    private final PatientHeader patient;
    private final Runnable changed;

    TeamPanel(CareTeamService teams, TransferService transfers, DirectoryLookup directory, Actor actor, PatientHeader patient, Runnable changed) {
        this.teams = teams;
        this.transfers = transfers;
        this.directory = directory;
        this.actor = actor;
        this.patient = patient;
        this.changed = changed;
        addClassName("team");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(e -> {
            Div cell = new Div(new Span(e.wholeFacility() ? e.facilityName() + " " + getTranslation("team.whole-facility")
                    : e.memberName()), new Span(e.wholeFacility() ? getTranslation("facility-type." + e.facilityType())
                    : getTranslation("join.dot", getTranslation("profession." + e.profession()), e.facilityName())));
            cell.addClassName("two-line");
            return cell;
        }).setHeader(getTranslation("team.who")).setFlexGrow(3);
        grid.addColumn(e -> Format.role(this, e.role())).setHeader(getTranslation("team.role")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        refresh();
        addMember.setText(getTranslation("team.add-member"));
        addMember.setIcon(VaadinIcon.PLUS.create());
        addMember.addClickListener(e -> memberDialog().open());
        addFacility.setText(getTranslation("team.add-facility"));
        addFacility.setIcon(VaadinIcon.BUILDING.create());
        addFacility.addClickListener(e -> facilityDialog().open());
        transfer.setText(getTranslation("transfer.request"));
        transfer.setIcon(VaadinIcon.EXCHANGE.create());
        transfer.addClickListener(e -> transferDialog().open());
        Div buttons = new Div();
        buttons.addClassName("actions");
        if (patient.allowed().contains(PatientAction.MANAGE_TEAM)) {
            buttons.add(addMember, addFacility);
        }
        if (patient.allowed().contains(PatientAction.REQUEST_TRANSFER)) {
            buttons.add(transfer);
        }
        add(buttons, grid);
    }

    private void refresh() {
        grid.setItems(teams.team(actor, patient.id()));
    }

    private Div actions(TeamEntry e) {
        Div cell = new Div();
        boolean own = Objects.equals(e.memberId(), actor.memberId());
        if (patient.allowed().contains(own ? PatientAction.LEAVE_TEAM : PatientAction.MANAGE_TEAM)) {
            Button remove = new Button(getTranslation(own ? "team.leave" : "team.remove"), x -> run(() -> {
                teams.remove(actor, patient.id(), e.id());
                if (own) {
                    getUI().ifPresent(ui -> ui.navigate("patients"));
                } else {
                    refresh();
                }
            }));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            cell.add(remove);
        }
        return cell;
    }

    private Dialog memberDialog() {
        Dialog d = new Dialog(getTranslation("team.add-member"));
        ComboBox<MemberSummary> member = new ComboBox<>(getTranslation("team.member"));
        member.setItems(query -> {
            String filter = query.getFilter().orElse("");
            var found = filter.isBlank() ? List.<MemberSummary>of() : directory.findMembers(filter);
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        member.setItemLabelGenerator(m -> getTranslation("join.paren", m.name(),
                getTranslation("join.dot", getTranslation("profession." + m.profession()), m.facilityName())));
        member.setWidthFull();
        ComboBox<TeamRole> role = roleBox();
        Button add = new Button(getTranslation("team.add"), x -> {
            if (member.getValue() == null || role.getValue() == null) {
                return;
            }
            run(() -> {
                teams.addMember(actor, patient.id(), member.getValue().id(), role.getValue());
                d.close();
                refresh();
            });
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new Div(member, role));
        d.getFooter().add(new Button(getTranslation("action.cancel"), x -> d.close()), add);
        return d;
    }

    private Dialog facilityDialog() {
        Dialog d = new Dialog(getTranslation("team.add-facility"));
        ComboBox<FacilityRef> facility = facilityBox();
        ComboBox<TeamRole> role = roleBox();
        Button add = new Button(getTranslation("team.add"), x -> {
            if (facility.getValue() == null || role.getValue() == null) {
                return;
            }
            run(() -> {
                teams.addFacility(actor, patient.id(), facility.getValue().id(), role.getValue());
                d.close();
                refresh();
            });
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new Div(facility, role));
        d.getFooter().add(new Button(getTranslation("action.cancel"), x -> d.close()), add);
        return d;
    }

    private Dialog transferDialog() {
        Dialog d = new Dialog(getTranslation("transfer.request"));
        ComboBox<FacilityRef> facility = facilityBox();
        Checkbox consent = new Checkbox(getTranslation("transfer.consent"));
        TextField note = new TextField(getTranslation("summary.note"));
        note.setWidthFull();
        Button send = new Button(getTranslation("transfer.send"), x -> {
            if (facility.getValue() == null) {
                return;
            }
            run(() -> {
                transfers.requestTransfer(actor, patient.id(), facility.getValue().id(), consent.getValue(), note.getValue());
                d.close();
                Forms.success(getTranslation("transfer.sent"));
                changed.run();
            });
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new Div(facility, consent, note));
        d.getFooter().add(new Button(getTranslation("action.cancel"), x -> d.close()), send);
        return d;
    }

    private ComboBox<FacilityRef> facilityBox() {
        ComboBox<FacilityRef> facility = new ComboBox<>(getTranslation("team.facility"));
        facility.setItems(query -> directory.findFacilities(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        facility.setItemLabelGenerator(f -> getTranslation("join.paren", f.name(), getTranslation("facility-type." + f.type())));
        facility.setWidthFull();
        return facility;
    }

    private ComboBox<TeamRole> roleBox() {
        ComboBox<TeamRole> role = new ComboBox<>(getTranslation("team.role"));
        role.setItems(TeamRole.values());
        role.setItemLabelGenerator(r -> Format.role(this, r));
        return role;
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
    }
}
