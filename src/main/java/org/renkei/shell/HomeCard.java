package org.renkei.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.BiFunction;
import org.renkei.security.Actor;

/** A module's contribution to the home page: cards for what waits for this member. */
public interface HomeCard {

    /**
     * @param translate a key and its arguments to the member's language
     */
    List<Component> cards(Actor actor, BiFunction<String, Object[], String> translate);

    /** A card with a figure, a label and where it leads. */
    static Component card(String figure, String label, String href, boolean attention) {
        Span number = new Span(figure);
        number.addClassName("home-card-figure");
        Span text = new Span(label);
        text.addClassName("home-card-label");
        Anchor link = new Anchor(href, number, text);
        Div card = new Div(link);
        card.addClassName("home-card");
        if (attention) {
            card.addClassName("attention");
        }
        return card;
    }
}
