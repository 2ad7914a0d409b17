package org.renkei.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A page that does not exist or that this member may not open (Vaadin answers both alike, so the
 * answer does not reveal which pages exist). A member who has typed the password but not yet the code
 * is sent back to the code.
 */
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null) {
            for (var a : auth.getAuthorities()) {
                if ("ROLE_TOTP_PENDING".equals(a.getAuthority())) {
                    event.forwardTo("login/verify");
                    return HttpServletResponse.SC_FOUND;
                }
                if ("ROLE_TOTP_ENROLMENT".equals(a.getAuthority())) {
                    event.forwardTo("login/enrol");
                    return HttpServletResponse.SC_FOUND;
                }
            }
        }
        removeAll();
        addClassName("page");
        add(new H2(getTranslation("error.not-found.title")), new Paragraph(getTranslation("error.not-found.text")),
                new Anchor("", getTranslation("error.to-home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
