package org.renkei.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.renkei.kit.Forms;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * What members see when something goes wrong in a page: a service's refusal as a notification in
 * their language, anything unexpected as a short apology (the details go to the log, never to the
 * screen). An expired session (30 idle minutes) goes straight to the login page.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final Translations translations;

    ErrorHandling(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            Locale locale = info.getLocale() == null ? Translations.JAPANESE : Translations.supported(info.getLocale());
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setSessionExpiredURL("login?error=session");
            messages.setInternalErrorCaption(translations.text("error.internal.title", locale));
            messages.setInternalErrorMessage(translations.text("error.internal.text", locale));
            messages.setCookiesDisabledCaption(translations.text("error.cookies.title", locale));
            messages.setCookiesDisabledMessage(translations.text("error.cookies.text", locale));
            return messages;
        });
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        while (cause != null && !(cause instanceof RenkeiException) && !(cause instanceof ObjectOptimisticLockingFailureException)
                && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        if (cause instanceof RenkeiException refusal) {
            Forms.error(ui, refusal);
        } else if (cause instanceof ObjectOptimisticLockingFailureException) {
            Forms.error(ui, ui.getTranslation("edit.stale"));
        } else {
            log.error("Unexpected error in a page", event.getThrowable());
            Forms.error(ui, ui.getTranslation("error.internal.text"));
        }
    }
}
