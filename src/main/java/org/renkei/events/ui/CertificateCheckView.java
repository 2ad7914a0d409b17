package org.renkei.events.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.renkei.events.CertificateService;
import org.renkei.platform.TimeConfiguration;
import org.renkei.shell.Dates;

/**
 * 修了証の確認: the certificate's verification link, open without login. It names the member, the meeting, its date and
 * the issuer, and nothing else; an unknown number is said to be unknown.
 */
@Route(value = "certificates/:code", autoLayout = false)
@AnonymousAllowed
class CertificateCheckView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div result = new Div();
    private final CertificateService certificates;

    CertificateCheckView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("door");
        result.addClassNames("card", "door-card");
        result.setId("events-certificate-check");
        add(result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        result.removeAll();
        certificates.verify(code).ifPresentOrElse(c -> {
            result.addClassName("events-certificate-valid");
            Div facts = Parts.details();
            Parts.fact(facts, this, "events.verify.number", c.code());
            Parts.fact(facts, this, "events.verify.name", c.memberName());
            Parts.fact(facts, this, "events.verify.meeting", getTranslation("events.kind." + c.kind()) + " " + c.title());
            Parts.fact(facts, this, "events.verify.held", Dates.date(c.startsAt().atZone(TimeConfiguration.TOKYO).toLocalDate(), Parts.locale()));
            Parts.fact(facts, this, "events.verify.issuer", c.issuer());
            result.add(new H2(getTranslation("events.verify.valid")), facts);
        }, () -> {
            result.addClassName("events-certificate-unknown");
            result.add(new H2(getTranslation("events.verify.unknown")), new Paragraph(getTranslation("events.verify.unknown-text")));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.verify.title") + " | " + getTranslation("app.name");
    }
}
