package org.renkei.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.internal.AccountService;

/**
 * メールアドレス変更の確認: the link mailed to the member's current address when an administrator changed it. The
 * new address becomes the member's only when they confirm here.
 */
@Route(value = "confirm-email/:token", autoLayout = false)
@AnonymousAllowed
class ConfirmEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Button confirm = new Button();
    private final AccountService accounts;

    ConfirmEmailView(AccountService accounts) {
        this.accounts = accounts;
        Door.centre(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Optional<String> email = accounts.pendingEmail(token);
        if (email.isEmpty()) {
            add(Door.card(Door.title(getTranslation("email-change.title")), Door.text(getTranslation("link.invalid")),
                    new Anchor("login", getTranslation("link.to-login"))));
            return;
        }
        confirm.setText(getTranslation("email-change.submit"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setWidthFull();
        confirm.addClickListener(e -> {
            try {
                accounts.confirmEmailChange(token);
                removeAll();
                add(Door.card(Door.title(getTranslation("email-change.title")), Door.text(getTranslation("email-change.done")),
                        new Anchor("login", getTranslation("link.to-login"))));
            } catch (InvalidInputException refused) {
                removeAll();
                add(Door.card(Door.title(getTranslation("email-change.title")), Door.text(getTranslation("link.invalid"))));
            }
        });
        add(Door.card(Door.title(getTranslation("email-change.title")),
                Door.text(getTranslation("email-change.text", email.get())), confirm));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("email-change.title") + " | " + getTranslation("app.name");
    }
}
