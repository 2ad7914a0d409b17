package org.renkei.security.internal;

import org.apache.catalina.Manager;
import org.apache.catalina.session.StandardManager;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What of a session outlives a restart. With {@code server.servlet.session.persistent} (on by default, see
 * application.yml) Tomcat writes the sessions to {@code server.servlet.session.store-dir} when the node stops
 * and reads them back when it starts, so a deployment does not log every member out (each would have to find
 * their phone for the TOTP code, and every client would log in at once). Only the login is kept: the security
 * context, the member of {@link ActiveSessions} and the CSRF token. Vaadin's UI state is not (its pages reload
 * on their own), and reading the file back accepts only classes of the JDK, Spring Security and the portal.
 * {@link RestoredSessions} checks each restored session against the account before it goes on.
 */
@Component
class SessionStore implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String KEPT_ATTRIBUTES = "SPRING_SECURITY_CONTEXT|org\\.renkei\\..*|org\\.springframework\\.security\\.web\\.csrf\\..*";
    static final String KEPT_CLASSES =
            "\\[*L?(java\\.lang|java\\.util|java\\.time|org\\.springframework\\.security|org\\.renkei)\\.[\\w.$]+;?|\\[+[BCDFIJSZ]";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Manager manager = context.getManager();
            if (manager == null) {
                manager = new StandardManager();
                context.setManager(manager);
            }
            if (manager instanceof StandardManager standard) {
                standard.setSessionAttributeNameFilter(KEPT_ATTRIBUTES);
                standard.setSessionAttributeValueClassNameFilter(KEPT_CLASSES);
                standard.setWarnOnSessionAttributeFilterFailure(false);
            }
        });
    }
}
