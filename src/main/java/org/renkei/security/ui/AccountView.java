package org.renkei.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.renkei.kit.Forms;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.AccountPageSection;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.security.internal.AccountService;
import org.renkei.security.internal.SecondFactor;

/** アカウント設定: the member changes their password and renews their recovery codes. */
@Route("account")
@RolesAllowed("MEMBER")
class AccountView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField password = Door.newPasswordField("");
    final PasswordField confirmation = Door.newPasswordField("");
    final Button change = new Button();
    final Button renewCodes = new Button();

    AccountView(AccountService accounts, SecondFactor secondFactor, CurrentActor currentActor, List<AccountPageSection> sections) {
        Actor actor = currentActor.require();
        addClassName("page");
        current.setLabel(getTranslation("password.current"));
        current.getElement().setAttribute("autocomplete", "current-password");
        current.setWidthFull();
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rules"));
        confirmation.setLabel(getTranslation("password.confirm"));
        change.setText(getTranslation("account.change-password"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> {
            try {
                accounts.changePassword(actor, current.getValue(), password.getValue(), confirmation.getValue());
                current.clear();
                password.clear();
                confirmation.clear();
                Forms.success(getTranslation("account.password-changed"));
            } catch (InvalidInputException ex) {
                Forms.show(ex, this, Map.of("current", current, "password", password, "confirmation", confirmation), password);
            }
        });
        Div passwordCard = new Div(new H2(getTranslation("account.password")), current, password, confirmation, change);
        passwordCard.addClassName("card");

        Paragraph left = new Paragraph(getTranslation("account.codes-left", secondFactor.recoveryCodesLeft(actor.memberId())));
        OrderedList codes = new OrderedList();
        codes.addClassName("recovery-codes");
        renewCodes.setText(getTranslation("account.renew-codes"));
        renewCodes.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        renewCodes.addClickListener(e -> {
            codes.removeAll();
            secondFactor.newRecoveryCodes(actor.memberId()).forEach(c -> codes.add(new ListItem(c)));
            left.setText(getTranslation("enrol.recovery-text"));
        });
        Div codesCard = new Div(new H2(getTranslation("account.recovery")), left, codes, renewCodes);
        codesCard.addClassName("card");

        add(new H2(actor.name() + " (" + actor.loginId() + ")"), passwordCard, codesCard);
        sections.forEach(s -> s.section(actor).ifPresent(this::add));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " | " + getTranslation("app.name");
    }
}
