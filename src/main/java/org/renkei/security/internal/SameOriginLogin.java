package org.renkei.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF protection of the login steps ({@code POST /login}, {@code /login/totp}). Vaadin's login form cannot carry
 * Spring's CSRF token (Vaadin exempts the login page from it), so the browser's own word is checked instead: a
 * browser names the page a form was sent from in {@code Origin} (or {@code Referer}), and a login sent from another
 * site is refused with 403 (OWASP: verifying the origin with standard headers). A program that logs in over plain
 * HTTP sends neither header and is not a browser that a foreign page could drive.
 */
final class SameOriginLogin extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !(path.equals("/login") || path.equals("/login/totp"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            origin = request.getHeader("Referer");
        }
        if (origin != null && !origin.isBlank() && !sameHost(origin, request.getHeader("Host"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "cross-site login refused");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameHost(String origin, @Nullable String host) {
        if (host == null || "null".equals(origin)) {
            return false;
        }
        try {
            String authority = URI.create(origin.strip()).getRawAuthority();
            return authority != null && authority.toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
