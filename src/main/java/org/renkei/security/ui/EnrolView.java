package org.renkei.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.security.internal.LoginSession;
import org.renkei.security.internal.SecondFactor;

/**
 * 二要素認証の設定: the first login adds the portal to an authenticator app (QR code drawn on the
 * server, or the key typed in), confirms with a first code, and shows the recovery codes once.
 */
@Route(value = "login/enrol", autoLayout = false)
@RolesAllowed("TOTP_ENROLMENT")
class EnrolView extends VerticalLayout implements HasDynamicTitle {

    final TextField code = Door.codeField("");
    final Button confirm = new Button();
    final Button done = new Button();
    private final SecondFactor secondFactor;
    private final LoginSession loginSession;
    private final AuthenticationContext authentication;
    private final SecondFactor.Enrolment enrolment;
    private final Div card;

    EnrolView(SecondFactor secondFactor, LoginSession loginSession, AuthenticationContext authentication) {
        this.secondFactor = secondFactor;
        this.loginSession = loginSession;
        this.authentication = authentication;
        Door.centre(this);

        Actor pending = authentication.getAuthenticatedUser(Actor.class).orElseThrow();
        enrolment = secondFactor.offer(pending);
        byte[] png = enrolment.qrPng();
        Image qr = new Image(DownloadHandler.fromInputStream(e ->
                new DownloadResponse(new ByteArrayInputStream(png), "totp.png", "image/png", png.length)),
                getTranslation("enrol.qr-alt"));
        qr.addClassName("door-qr");
        Span secret = new Span(group(enrolment.secret()));
        secret.addClassName("door-secret");
        secret.setId("totp-secret");

        code.setId("code");
        confirm.setId("confirm");
        done.setId("done");
        code.setLabel(getTranslation("enrol.code"));
        confirm.setText(getTranslation("enrol.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setWidthFull();
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(e -> confirm(pending));
        Button cancel = new Button(getTranslation("verify.cancel"), e -> authentication.logout());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        card = Door.card(Door.title(getTranslation("enrol.title")), Door.text(getTranslation("enrol.step1")), qr,
                Door.text(getTranslation("enrol.manual")), secret, Door.text(getTranslation("enrol.step2")),
                code, confirm, cancel);
        add(card);
    }

    private void confirm(Actor pending) {
        Optional<List<String>> codes;
        try {
            codes = secondFactor.enrol(pending, enrolment.secret(), code.getValue());
        } catch (RenkeiException locked) {
            Door.request().getSession().invalidate();
            getUI().ifPresent(ui -> ui.getPage().setLocation("/login?error=locked"));
            return;
        }
        if (codes.isEmpty()) {
            code.clear();
            code.setErrorMessage(getTranslation("verify.wrong"));
            code.setInvalid(true);
            return;
        }
        showRecoveryCodes(pending, codes.get());
    }

    private void showRecoveryCodes(Actor pending, List<String> codes) {
        OrderedList list = new OrderedList();
        list.addClassName("recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        done.setText(getTranslation("enrol.saved"));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setWidthFull();
        done.addClickListener(e -> secondFactor.refreshed(pending).ifPresentOrElse(actor -> {
            loginSession.complete(actor, Door.request(), Door.response());
            getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
        }, () -> authentication.logout()));
        card.removeAll();
        card.add(Door.title(getTranslation("enrol.recovery-title")), Door.text(getTranslation("enrol.recovery-text")),
                list, done);
    }

    private static String group(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enrol.title") + " | " + getTranslation("app.name");
    }
}
