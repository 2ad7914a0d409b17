package org.renkei.security.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.renkei.security.internal.AccountService;

/** パスワードの再設定: the link from the reset mail. The second factor is still asked at the next login. */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends NewPasswordView {

    ResetPasswordView(AccountService accounts) {
        super(accounts, "reset");
    }

    @Override
    protected boolean activation() {
        return false;
    }

    @Override
    protected void store(String token, String password, String confirmation) {
        accounts.resetPassword(token, password, confirmation);
    }
}
