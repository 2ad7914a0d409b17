package org.renkei.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** What the pages at the door share: a centred card, code and password fields, and field errors. */
final class Door {

    private Door() {}

    /** A page at the door: the whole screen, its card in the middle. */
    static void centre(VerticalLayout page) {
        page.addClassName("door");
        page.setSizeFull();
        page.setAlignItems(FlexComponent.Alignment.CENTER);
        page.setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
    }

    static Div card(Component... content) {
        Div card = new Div(content);
        card.addClassName("door-card");
        return card;
    }

    static H2 title(String text) {
        H2 title = new H2(text);
        title.addClassName("door-title");
        return title;
    }

    static Paragraph text(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("door-text");
        return p;
    }

    /** A field for a 6-digit code that phones fill from the authenticator app's suggestion. */
    static TextField codeField(String label) {
        TextField code = new TextField(label);
        code.setWidthFull();
        code.setMaxLength(20);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.setAutofocus(true);
        return code;
    }

    static PasswordField newPasswordField(String label) {
        PasswordField field = new PasswordField(label);
        field.setWidthFull();
        field.getElement().setAttribute("autocomplete", "new-password");
        return field;
    }

    /**
     * Where the member was going when the login page stopped them (a page of the portal: a link from a notice mail, a
     * meeting's check-in QR code), or the home page; never another site, never a login page.
     */
    static String savedTarget() {
        var saved = new org.springframework.security.web.savedrequest.HttpSessionRequestCache().getRequest(request(), response());
        return target(saved == null ? null : saved.getRedirectUrl());
    }

    /** The path (and query) of a saved URL if it may be returned to, else the home page. */
    static String target(@org.jspecify.annotations.Nullable String savedUrl) {
        if (savedUrl == null) {
            return "/";
        }
        java.net.URI uri;
        try {
            uri = java.net.URI.create(savedUrl);
        } catch (IllegalArgumentException unreadable) {
            return "/";
        }
        String path = uri.getRawPath();
        // "//host" and "/\\host" would leave the portal in a browser
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.startsWith("/login")) {
            return "/";
        }
        // Spring marks the saved request with a bare "continue" parameter; the page does not need it
        String query = uri.getRawQuery() == null ? "" : java.util.Arrays.stream(uri.getRawQuery().split("&"))
                .filter(p -> !p.equals("continue") && !p.startsWith("continue=")).collect(java.util.stream.Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    static HttpServletRequest request() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest();
    }

    static HttpServletResponse response() {
        return VaadinServletResponse.getCurrent().getHttpServletResponse();
    }
}
