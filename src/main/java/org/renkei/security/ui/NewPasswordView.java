package org.renkei.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Map;
import java.util.Optional;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.internal.AccountService;
import org.renkei.security.internal.AccountService.LinkHolder;

/** A page opened from a one-time link that sets a password: activation or reset. */
abstract class NewPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final PasswordField password = Door.newPasswordField("");
    final PasswordField confirmation = Door.newPasswordField("");
    final Button save = new Button();
    protected final AccountService accounts;
    private final String prefix;
    private String token = "";

    NewPasswordView(AccountService accounts, String prefix) {
        this.accounts = accounts;
        this.prefix = prefix;
        Door.centre(this);
    }

    protected abstract boolean activation();

    protected abstract void store(String token, String password, String confirmation);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Optional<LinkHolder> holder = accounts.linkHolder(token, activation());
        if (holder.isEmpty()) {
            add(Door.card(Door.title(getTranslation(prefix + ".title")), Door.text(getTranslation("link.invalid")),
                    new Anchor("login", getTranslation("link.to-login"))));
            return;
        }
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rules"));
        confirmation.setLabel(getTranslation("password.confirm"));
        save.setText(getTranslation(prefix + ".submit"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        add(Door.card(Door.title(getTranslation(prefix + ".title")),
                Door.text(getTranslation(prefix + ".text", holder.get().name(), holder.get().loginId())),
                password, confirmation, save));
    }

    private void save() {
        try {
            store(token, password.getValue(), confirmation.getValue());
            Forms.success(getTranslation(prefix + ".done"));
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (InvalidInputException e) {
            Forms.show(e, this, Map.of("password", password, "confirmation", confirmation), password);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title") + " | " + getTranslation("app.name");
    }
}
