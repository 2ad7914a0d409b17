package org.renkei.security.internal;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import org.renkei.platform.PortalProperties;
import org.renkei.security.MemberAccounts;
import org.renkei.security.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The browser's filter chain: Vaadin's configuration with our login view, the password step of
 * {@link PasswordLogin}, and every other request only for members who passed both factors.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain portalFilterChain(HttpSecurity http, ActiveSessions activeSessions, MemberAccounts members,
            Credentials credentials, ApplicationEventPublisher events, SecurityProperties properties, LoginCookie loginCookie,
            PortalProperties portal, Clock clock) throws Exception {
        LoginThrottle throttle = new LoginThrottle(properties.addressFreeFailures(), properties.addressLongestWait(), clock);
        // a session a restart brought back is checked against the account before its security context is read
        http.addFilterBefore(new RestoredSessions(activeSessions, members, credentials, events), SecurityContextHolderFilter.class);
        // a login whose node was lost (or crashed) is resumed from its signed cookie, after the same checks
        http.addFilterBefore(new SharedLogin(loginCookie, activeSessions, members, credentials, events, portal),
                SecurityContextHolderFilter.class);
        // a login sent from another site's page is refused before its password is looked at
        http.addFilterBefore(new SameOriginLogin(), SecurityContextHolderFilter.class);
        // an address that keeps failing waits longer and longer before its next password is looked at
        http.addFilterBefore(throttle, SecurityContextHolderFilter.class);
        http.headers(h -> h
                // before the page is written: Vaadin writes its bootstrap page past the wrapper that would add them later
                .withObjectPostProcessor(new ObjectPostProcessor<
                        HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentTypeOptions(Customizer.withDefaults())
                .cacheControl(Customizer.withDefaults())
                .frameOptions(f -> f.sameOrigin())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter
                        .ReferrerPolicy.SAME_ORIGIN))
                // what Vaadin's pre-compiled bundle needs (inline bootstrap script and styles, eval in its templates,
                // its push WebSocket), and nothing from other sites
                .contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; script-src 'self' 'unsafe-inline' "
                        + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                        + "connect-src 'self' ws: wss:; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; "
                        + "object-src 'none'")));
        http.authorizeHttpRequests(a -> a.requestMatchers("/error", "/styles/**", "/images/**", "/favicon.ico",
                "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/readyz", "/livez",
                // STOMP authenticates on CONNECT (the browser session, or a bearer token), not at the handshake
                "/ws", "/ws/**",
                // a member's calendar feed: the secret token in the URL is the key (a phone's calendar cannot log in)
                "/feeds/events/**").permitAll()
                .requestMatchers("/login/totp").hasRole("TOTP_PENDING"));
        // PasswordLogin, the only AuthenticationProvider bean, is the global authentication manager's; registering it
        // here as well would make a failed attempt count twice (once here, once in the parent manager)
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, new SecondStepRedirect(throttle));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/login?logout")
                .anyRequest(any -> any.hasRole("MEMBER")));
        // after Vaadin's configurer, so that its login page is set before form login initialises
        http.formLogin(form -> form.failureHandler(new LoginFailureRedirect(throttle)));
        // logging out ends the login everywhere: the session here, the login cookie in the browser
        http.logout(logout -> logout.addLogoutHandler((request, response, auth) -> loginCookie.clear(request, response)));
        // the second step for programs: it needs the half-logged-in session and a TOTP code, which a forged request lacks
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/login/totp"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** After the password, the page that asks for the code (or enrols the app the first time). */
    static final class SecondStepRedirect extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

        private final LoginThrottle throttle;

        SecondStepRedirect(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws ServletException, IOException {
            throttle.succeeded(request);
            boolean enrolled = authentication.getAuthorities().stream()
                    .anyMatch(a -> PasswordLogin.TOTP_PENDING.equals(a.getAuthority()));
            getRedirectStrategy().sendRedirect(request, response, enrolled ? "/login/verify" : "/login/enrol");
        }
    }

    /** Back to the login page with the kind of refusal, which the page explains. */
    static final class LoginFailureRedirect implements AuthenticationFailureHandler {

        private final LoginThrottle throttle;

        LoginFailureRedirect(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            if (exception instanceof BadCredentialsException) {
                throttle.failed(request);
            }
            String reason = switch (exception) {
                case LockedException e -> "locked";
                case DisabledException e -> String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
                default -> "credentials";
            };
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        }
    }
}
