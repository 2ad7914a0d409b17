package org.renkei.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.renkei.platform.AccessRefusedException;

/** A page whose service refused this member (another association's facility, say): 403, with the reason. */
@AnonymousAllowed
public class RefusedView extends Div implements HasErrorParameter<AccessRefusedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessRefusedException> parameter) {
        removeAll();
        addClassName("page");
        AccessRefusedException e = parameter.getException();
        add(new H2(getTranslation("error.refused.title")), new Paragraph(getTranslation(e.messageKey(), e.arguments())),
                new Anchor("", getTranslation("error.to-home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
