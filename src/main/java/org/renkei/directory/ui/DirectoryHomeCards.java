package org.renkei.directory.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.renkei.directory.FacilityService;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.renkei.shell.HomeCard;

/** The home page's directory cards: applications waiting for the association, and the way to colleagues. */
@org.springframework.stereotype.Component
class DirectoryHomeCards implements HomeCard {

    private final FacilityService facilities;

    DirectoryHomeCards(FacilityService facilities) {
        this.facilities = facilities;
    }

    @Override
    public List<Component> cards(Actor actor, BiFunction<String, Object[], String> t) {
        List<Component> cards = new ArrayList<>();
        if (actor.isSystemAdmin() || actor.has(Role.ASSOCIATION_ADMIN)) {
            long pending = facilities.pendingCount(actor);
            cards.add(HomeCard.card(String.valueOf(pending), t.apply("home.pending-applications", new Object[0]),
                    "admin/facilities", pending > 0));
        }
        if (actor.has(Role.FACILITY_ADMIN)) {
            cards.add(HomeCard.card("👥", t.apply("staff.title", new Object[0]), "staff", false));
        }
        cards.add(HomeCard.card("🔍", t.apply("directory.title", new Object[0]), "directory", false));
        return cards;
    }
}
