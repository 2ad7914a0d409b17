package org.renkei.events.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.renkei.events.EventService;
import org.renkei.events.MeetingDetails;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.Translations;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * 受付: the page the door's QR code opens in the phone's browser. The logged-in member is checked in (once; opening it
 * again says so), or told why not (not confirmed, the door not open, a wrong code).
 */
@Route("events/:id/check-in/:code")
@RolesAllowed("MEMBER")
class CheckInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div result = new Div();
    private final EventService events;
    private final Translations translations;
    private final Actor actor;

    CheckInView(EventService events, Translations translations, CurrentActor currentActor) {
        this.events = events;
        this.translations = translations;
        this.actor = currentActor.require();
        addClassName("page");
        result.addClassName("card");
        result.setId("events-check-in");
        add(result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        String code = event.getRouteParameters().get("code").orElse("");
        result.removeAll();
        try {
            MeetingDetails m = events.checkIn(actor, id, code);
            result.addClassName("events-checked-in");
            result.add(new H2(getTranslation("events.check-in.done")), new Paragraph(m.title()),
                    new Paragraph(getTranslation("events.check-in.name", actor.name())));
            if (m.mine() != null && m.mine().group() != null) {
                result.add(new Paragraph(getTranslation("events.page.group-no", m.mine().group())));
            }
            result.add(new Anchor(MeetingPage.href(id), getTranslation("events.check-in.to-meeting")));
        } catch (RenkeiException e) {
            result.addClassName("events-check-in-refused");
            result.add(new H2(getTranslation("events.check-in.refused")), new Paragraph(translations.text(e, Parts.locale())),
                    new Anchor(MeetingPage.href(id), getTranslation("events.check-in.to-meeting")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.check-in.title") + " | " + getTranslation("app.name");
    }
}
