package org.renkei.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every page says who may open it. {@code @PermitAll} is not used: it would let a member who has typed
 * the password but not the code through. Only the pages at the door are open to everyone.
 */
class RoutesAreGuardedTest {

    private static final Set<String> OPEN = Set.of("login", "login/verify", "login/enrol", "activate/:token",
            "reset-password/:token", "confirm-email/:token", "forgot-password", "register",
            // a 修了証's verification link, printed on the certificate: it names the member, the training, the date, the issuer
            "certificates/:code");

    @Test
    void everyRouteNamesItsRolesAndOnlyTheDoorIsOpen() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> anonymous = new TreeSet<>();
        int routes = 0;
        for (var candidate : scanner.findCandidateComponents("org.renkei")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            String path = view.getAnnotation(Route.class).value();
            routes++;
            assertThat(view.isAnnotationPresent(PermitAll.class)).as(path + " uses @PermitAll").isFalse();
            boolean roles = view.isAnnotationPresent(RolesAllowed.class);
            boolean open = view.isAnnotationPresent(AnonymousAllowed.class);
            assertThat(roles ^ open).as(path + " has exactly one of @RolesAllowed and @AnonymousAllowed").isTrue();
            if (open) {
                anonymous.add(path);
            } else if (!path.startsWith("login/")) {
                assertThat(view.getAnnotation(RolesAllowed.class).value()).as(path)
                        .doesNotContain("TOTP_PENDING", "TOTP_ENROLMENT");
            }
        }
        assertThat(routes).isGreaterThan(10);
        assertThat(OPEN).containsAll(anonymous);
    }
}
