package org.renkei.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.renkei.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The second step without the Vaadin page, for programs that log in as a member through the browser
 * session (the STOMP web client, tests): {@code POST /login} with the password, then {@code POST
 * /login/totp} with {@code code}. 204 when the session is now a member's, 401 for a wrong code, 423 when locked.
 */
@RestController
class SecondFactorEndpoint {

    private final SecondFactor secondFactor;
    private final LoginSession loginSession;

    SecondFactorEndpoint(SecondFactor secondFactor, LoginSession loginSession) {
        this.secondFactor = secondFactor;
        this.loginSession = loginSession;
    }

    @PostMapping("/login/totp")
    ResponseEntity<Void> verify(@RequestParam String code, HttpServletRequest request, HttpServletResponse response) {
        // the request's own principal (set by this application's filter chain), not the JVM-wide holder: another
        // application context in the same JVM (the tests') may have replaced the holder's strategy
        Authentication auth = request.getUserPrincipal() instanceof Authentication a ? a : null;
        boolean pending = auth != null && auth.getPrincipal() instanceof Actor
                && auth.getAuthorities().stream().anyMatch(a -> PasswordLogin.TOTP_PENDING.equals(a.getAuthority()));
        if (!pending) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Actor actor = (Actor) auth.getPrincipal();
        return switch (secondFactor.verify(actor, code)) {
            case ACCEPTED -> secondFactor.refreshed(actor).map(full -> {
                loginSession.complete(full, request, response);
                return ResponseEntity.noContent().<Void>build();
            }).orElseGet(() -> ResponseEntity.status(HttpStatus.FORBIDDEN).build());
            case WRONG -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
            case LOCKED -> ResponseEntity.status(HttpStatus.LOCKED).build();
        };
    }
}
