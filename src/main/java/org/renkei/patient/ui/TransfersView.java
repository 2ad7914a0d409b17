package org.renkei.patient.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.renkei.patient.TransferService;
import org.renkei.patient.TransferService.TransferRequest;
import org.renkei.kit.Forms;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Dates;

/** 管理施設の変更依頼: requests to take over patients, for the receiving facility's administrator to decide. */
@Route("patients/transfers")
@RolesAllowed("FACILITY_ADMIN")
class TransfersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<TransferRequest> grid = new Grid<>();

    TransfersView(TransferService teams, CurrentActor currentActor) {
        Actor actor = currentActor.require();
        addClassName("page");
        grid.addComponentColumn(t -> {
            Div cell = new Div(new Span(t.patientName()), new Span(getTranslation("transfer.from", t.fromFacility(),
                    t.requestedBy(), Dates.dateTime(t.requestedAt(), getLocale())) + (t.note() == null ? "" : " — " + t.note())));
            cell.addClassName("two-line");
            return cell;
        }).setHeader(getTranslation("transfers.title")).setFlexGrow(3);
        grid.addComponentColumn(t -> {
            Button accept = new Button(getTranslation("transfer.accept"), e -> decide(teams, actor, t, true));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button decline = new Button(getTranslation("transfer.decline"), e -> decide(teams, actor, t, false));
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return new Div(accept, decline);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(teams.incomingTransfers(actor));
        add(grid);
    }

    private void decide(TransferService teams, Actor actor, TransferRequest t, boolean accept) {
        try {
            teams.decideTransfer(actor, t.id(), accept, null);
            Forms.success(getTranslation(accept ? "transfer.accepted" : "transfer.declined"));
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
        grid.setItems(teams.incomingTransfers(actor));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfers.title") + " | " + getTranslation("app.name");
    }
}
