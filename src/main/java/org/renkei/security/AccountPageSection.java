package org.renkei.security;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A module's contribution to the member's account page (アカウント設定), such as the training history: the security
 * module owns the page and knows nothing of the modules that add to it.
 */
public interface AccountPageSection {

    /** A card for this member, or nothing when there is nothing to show. */
    Optional<Component> section(Actor actor);
}
