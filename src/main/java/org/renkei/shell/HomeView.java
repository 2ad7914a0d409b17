package org.renkei.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * ホーム: a greeting and one card per thing waiting for this member. Feature modules contribute the
 * cards through {@link HomeCard} beans, so the shell does not depend on them.
 */
@Route("")
@Menu(title = "home.title", order = 0, icon = "vaadin:home")
@RolesAllowed("MEMBER")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentActor currentActor, List<HomeCard> cards) {
        Actor actor = currentActor.require();
        addClassName("page");
        add(new H2(getTranslation("home.greeting", actor.name())));
        Div grid = new Div();
        grid.addClassName("home-cards");
        cards.stream().flatMap(c -> c.cards(actor, (key, args) -> getTranslation(key, args)).stream()).forEach(grid::add);
        if (grid.getChildren().findAny().isEmpty()) {
            grid.add(new Paragraph(getTranslation("home.nothing")));
        }
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " | " + getTranslation("app.name");
    }
}
