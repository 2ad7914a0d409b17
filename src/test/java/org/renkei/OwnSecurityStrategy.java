package org.renkei;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before a test class runs, the JVM-wide security context strategy is its application context's own. Vaadin installs
 * its context's strategy JVM-wide when a context starts; with several contexts in one test JVM (the context cache), the
 * last one started would otherwise own it, and the filters of a context started earlier would write the client's
 * authentication where the next filter does not read it (the token endpoint then answers 401). A running node has one
 * context, so this only puts the tests back in the situation of a node.
 */
public class OwnSecurityStrategy implements TestExecutionListener {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
