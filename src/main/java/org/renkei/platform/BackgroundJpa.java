package org.renkei.platform;

import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Hibernate builds the portal's metamodel on a thread of its own while the rest of the context (security, the web
 * layer, Vaadin, the broker) is made, instead of before it: about 1.6 s of every start. The repositories are made at
 * the end of the start ({@code spring.data.jpa.repositories.bootstrap-mode: deferred}), so that nothing waits for
 * Hibernate earlier than it must; a bean that uses the database while the context starts waits for it.
 * A thread of its own, not the application's task executor: {@code @Async} work keeps its executor.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundJpa {

    @Bean
    EntityManagerFactoryBuilderCustomizer backgroundJpaBootstrap() {
        return builder -> builder.setBootstrapExecutor(new SimpleAsyncTaskExecutor("jpa-bootstrap-"));
    }
}
