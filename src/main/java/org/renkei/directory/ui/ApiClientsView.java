package org.renkei.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Map;
import org.renkei.directory.ApiClientInfo;
import org.renkei.directory.ApiClientService;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.security.ApiScope;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * API連携 (association administrators): the programs registered to use the API for the association's
 * facilities, with their scopes; register one (the secret is shown once), renew its secret, revoke it.
 */
@Route("admin/api-clients")
@Menu(title = "api-clients.title", order = 35, icon = "vaadin:connect")
@RolesAllowed({"ASSOCIATION_ADMIN", "SYSTEM_ADMIN"})
class ApiClientsView extends VerticalLayout implements HasDynamicTitle {

    final Div list = new Div();
    final Button register = new Button();
    private final ApiClientService clients;
    private final DirectoryLookup directory;
    private final Actor actor;

    ApiClientsView(ApiClientService clients, DirectoryLookup directory, CurrentActor currentActor) {
        this.clients = clients;
        this.directory = directory;
        this.actor = currentActor.require();
        addClassName("page");
        Paragraph intro = new Paragraph(getTranslation("api-clients.intro"));
        intro.addClassName("patient-meta");
        register.setText(getTranslation("api-clients.register"));
        register.setIcon(VaadinIcon.PLUS.create());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("register-client");
        register.addClickListener(e -> registerDialog().open());
        Anchor docs = new Anchor("v3/api-docs", getTranslation("api-clients.docs"));
        docs.setTarget("_blank");
        docs.addClassName("button-link");
        Div tools = new Div(register, docs);
        tools.addClassName("actions");
        list.addClassName("handoff-list");
        list.setId("api-clients");
        add(intro, tools, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var all = clients.list(actor);
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("api-clients.none"));
            none.addClassName("summary-none");
            list.add(none);
        }
        all.forEach(c -> list.add(card(c)));
    }

    private Component card(ApiClientInfo c) {
        Span name = new Span(c.name());
        name.addClassName("patient-name");
        Div top = new Div(name, Badge.of(getTranslation(c.active() ? "api-clients.active" : "api-clients.revoked"),
                c.active() ? Badge.Tone.SUCCESS : Badge.Tone.NEUTRAL));
        top.addClassName("patient-card-top");
        Span facility = new Span(c.facilityName() + getTranslation("join.gap") + getTranslation("api-clients.client-id") + ": " + c.clientId());
        facility.addClassName("patient-meta");
        Div scopes = new Div();
        scopes.addClassName("badges");
        c.scopes().forEach(s -> scopes.add(Badge.of(getTranslation("api-scope." + s.scope()), Badge.Tone.INFO)));
        Span created = new Span(getTranslation("api-clients.created", Dates.dateTime(c.createdAt(), getLocale()))
                + (c.externalIssuer() == null ? "" : getTranslation("join.gap") + c.externalIssuer()));
        created.addClassName("patient-meta");
        Div card = new Div(top, facility, scopes, created);
        card.addClassName("handoff-card");
        if (c.active()) {
            Div actions = new Div();
            actions.addClassName("actions");
            if (c.externalIssuer() == null) {
                Button rotate = new Button(getTranslation("api-clients.rotate"), VaadinIcon.REFRESH.create(), e -> confirm(
                        "api-clients.rotate", "api-clients.rotate-confirm", () -> showSecret(clients.rotate(actor, c.id()))));
                rotate.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.add(rotate);
            }
            Button revoke = new Button(getTranslation("api-clients.revoke"), VaadinIcon.BAN.create(), e -> confirm(
                    "api-clients.revoke", "api-clients.revoke-confirm", () -> clients.revoke(actor, c.id())));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(revoke);
            card.add(actions);
        }
        return card;
    }

    private void confirm(String titleKey, String textKey, Runnable action) {
        ConfirmDialog d = new ConfirmDialog(getTranslation(titleKey), getTranslation(textKey), getTranslation(titleKey), e -> {
            try {
                action.run();
                refresh();
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        d.setCancelable(true);
        d.setCancelText(getTranslation("action.cancel"));
        d.setConfirmButtonTheme("error primary");
        d.open();
    }

    Dialog registerDialog() {
        Dialog d = new Dialog(getTranslation("api-clients.register"));
        TextField name = new TextField(getTranslation("api-clients.name"));
        name.setWidthFull();
        name.setMaxLength(100);
        ComboBox<FacilityRef> facility = new ComboBox<>(getTranslation("api-clients.facility"));
        facility.setItems(q -> directory.findFacilities(q.getFilter().orElse("")).stream()
                .filter(f -> actor.administers(f.associationId())).skip(q.getOffset()).limit(q.getLimit()));
        facility.setItemLabelGenerator(FacilityRef::name);
        facility.setWidthFull();
        CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>(getTranslation("api-clients.scopes"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(s -> getTranslation("join.paren", getTranslation("api-scope." + s.scope()), s.scope()));
        scopes.setValue(EnumSet.of(ApiScope.PATIENTS_READ, ApiScope.HANDOFFS_READ, ApiScope.HANDOFFS_WRITE));
        Checkbox external = new Checkbox(getTranslation("api-clients.external"));
        TextField issuer = new TextField(getTranslation("api-clients.external-issuer"));
        issuer.setPlaceholder("https://");
        issuer.setWidthFull();
        TextField clientId = new TextField(getTranslation("api-clients.client-id"));
        clientId.setWidthFull();
        issuer.setVisible(false);
        clientId.setVisible(false);
        external.addValueChangeListener(e -> {
            issuer.setVisible(e.getValue());
            clientId.setVisible(e.getValue());
        });
        Button save = new Button(getTranslation("api-clients.register"), e -> {
            if (facility.getValue() == null) {
                facility.setErrorMessage(getTranslation("validation.NotNull"));
                facility.setInvalid(true);
                return;
            }
            try {
                var issued = clients.register(actor, facility.getValue().id(), name.getValue(), scopes.getValue(),
                        external.getValue() ? issuer.getValue() : null, external.getValue() ? clientId.getValue() : null);
                d.close();
                refresh();
                showSecret(issued);
            } catch (InvalidInputException x) {
                Forms.show(x, this, Map.of("name", name, "scopes", scopes, "externalIssuer", issuer, "clientId", clientId));
            } catch (RenkeiException x) {
                Forms.error(this, x);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("register-save");
        d.add(new Div(name, facility, scopes, external, issuer, clientId));
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.setWidth("min(34rem, 95vw)");
        return d;
    }

    private void showSecret(ApiClientService.IssuedSecret issued) {
        Dialog d = new Dialog(getTranslation("api-clients.secret"));
        d.add(new Paragraph(getTranslation("api-clients.client-id")), new Pre(issued.clientId()));
        if (issued.secret() != null) {
            Paragraph once = new Paragraph(getTranslation("api-clients.secret-once"));
            once.addClassName("emergency-banner");
            Pre secret = new Pre(issued.secret());
            secret.setId("client-secret");
            d.add(new Paragraph(getTranslation("api-clients.secret")), secret, once);
        }
        d.getFooter().add(new Button(getTranslation("action.close"), e -> d.close()));
        d.setWidth("min(34rem, 95vw)");
        d.open();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api-clients.title") + " | " + getTranslation("app.name");
    }
}
