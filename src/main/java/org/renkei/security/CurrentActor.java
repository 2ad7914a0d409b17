package org.renkei.security;

import java.util.Optional;
import org.renkei.platform.AccessRefusedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The fully logged-in member of the current request (both factors passed). */
@Component
public class CurrentActor {

    public Optional<Actor> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Actor actor)) {
            return Optional.empty();
        }
        boolean member = auth.getAuthorities().stream().anyMatch(a -> Role.MEMBER.authority().equals(a.getAuthority()));
        return member ? Optional.of(actor) : Optional.empty();
    }

    public Actor require() {
        return find().orElseThrow(AccessRefusedException::new);
    }
}
