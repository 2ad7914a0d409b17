package org.renkei.security.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.renkei.security.internal.AccountService;

/** アカウントの有効化: the link in the invitation mail; the new member chooses a password. */
@Route(value = "activate/:token", autoLayout = false)
@AnonymousAllowed
class ActivateView extends NewPasswordView {

    ActivateView(AccountService accounts) {
        super(accounts, "activate");
    }

    @Override
    protected boolean activation() {
        return true;
    }

    @Override
    protected void store(String token, String password, String confirmation) {
        accounts.activate(token, password, confirmation);
    }
}
