package org.renkei.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.renkei.security.CurrentActor;

/** ログイン: the password step. The form posts to Spring Security; {@code ?error=…} says why it came back. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final CurrentActor currentActor;

    LoginView(CurrentActor currentActor) {
        this.currentActor = currentActor;
        Door.centre(this);

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("door-brand");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("door-tagline");

        form.setAction("login");
        form.setI18n(i18n());
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        notice.addClassName("door-notice");
        notice.setVisible(false);

        Div links = new Div(new Anchor("register", getTranslation("login.register-facility")));
        links.addClassName("door-links");
        add(brand, tagline, notice, form, links);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.login-id"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.credentials"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.login-id-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentActor.find().isPresent()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("error")) {
            String reason = params.get("error").stream().findFirst().orElse("credentials");
            String key = switch (reason) {
                case "locked" -> "login.error.locked";
                case "suspended", "facility_suspended" -> "login.error.suspended";
                case "detached", "rejected", "pending" -> "login.error.no-access";
                case "session" -> "login.error.session";
                case "busy" -> "login.error.busy";
                case "throttled" -> "login.error.throttled";
                default -> "login.error.credentials";
            };
            form.showErrorMessage(getTranslation("login.error.title"), getTranslation(key));
        } else if (params.containsKey("logout")) {
            notice.setText(getTranslation("login.logged-out"));
            notice.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
