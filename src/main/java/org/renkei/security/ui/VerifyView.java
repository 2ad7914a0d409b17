package org.renkei.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.renkei.security.Actor;
import org.renkei.security.internal.LoginSession;
import org.renkei.security.internal.SecondFactor;

/** 二要素認証: the code from the authenticator app (or a recovery code) after a right password. */
@Route(value = "login/verify", autoLayout = false)
@RolesAllowed("TOTP_PENDING")
class VerifyView extends VerticalLayout implements HasDynamicTitle {

    final TextField code = Door.codeField("");
    final Button verify = new Button();
    private final SecondFactor secondFactor;
    private final LoginSession loginSession;
    private final AuthenticationContext authentication;

    VerifyView(SecondFactor secondFactor, LoginSession loginSession, AuthenticationContext authentication) {
        this.secondFactor = secondFactor;
        this.loginSession = loginSession;
        this.authentication = authentication;
        Door.centre(this);

        code.setId("code");
        verify.setId("verify");
        code.setLabel(getTranslation("verify.code"));
        code.setHelperText(getTranslation("verify.code-help"));
        verify.setText(getTranslation("verify.submit"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setWidthFull();
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(e -> verify());
        Button cancel = new Button(getTranslation("verify.cancel"), e -> authentication.logout());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        add(Door.card(Door.title(getTranslation("verify.title")), Door.text(getTranslation("verify.text")),
                code, verify, cancel));
    }

    private void verify() {
        Actor pending = authentication.getAuthenticatedUser(Actor.class).orElseThrow();
        switch (secondFactor.verify(pending, code.getValue())) {
            case ACCEPTED -> secondFactor.refreshed(pending).ifPresentOrElse(actor -> {
                String target = Door.savedTarget();
                loginSession.complete(actor, Door.request(), Door.response());
                getUI().ifPresent(ui -> ui.getPage().setLocation(target));
            }, () -> leave("no-access"));
            case WRONG -> {
                code.clear();
                code.setErrorMessage(getTranslation("verify.wrong"));
                code.setInvalid(true);
                code.focus();
            }
            case LOCKED -> leave("locked");
        }
    }

    private void leave(String reason) {
        Door.request().getSession().invalidate();
        getUI().ifPresent(ui -> ui.getPage().setLocation("/login?error=" + reason));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " | " + getTranslation("app.name");
    }
}
