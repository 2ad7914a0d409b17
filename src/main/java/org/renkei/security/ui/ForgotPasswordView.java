package org.renkei.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.renkei.security.internal.AccountService;

/** パスワードを忘れた場合: asks for the login id and always gives the same answer. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    final TextField loginId = new TextField();
    final Button send = new Button();

    ForgotPasswordView(AccountService accounts) {
        Door.centre(this);
        loginId.setLabel(getTranslation("login.login-id"));
        loginId.setWidthFull();
        loginId.setAutofocus(true);
        send.setText(getTranslation("forgot.submit"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        send.addClickShortcut(Key.ENTER);
        var card = Door.card(Door.title(getTranslation("forgot.title")), Door.text(getTranslation("forgot.text")),
                loginId, send, new Anchor("login", getTranslation("link.to-login")));
        send.addClickListener(e -> {
            if (!loginId.isEmpty()) {
                accounts.requestPasswordReset(loginId.getValue());
            }
            card.removeAll();
            card.add(Door.title(getTranslation("forgot.title")), Door.text(getTranslation("forgot.sent")),
                    new Anchor("login", getTranslation("link.to-login")));
        });
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " | " + getTranslation("app.name");
    }
}
