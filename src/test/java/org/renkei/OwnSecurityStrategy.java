package org.renkei;

import java.util.Map;
import java.util.WeakHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before a test runs, the JVM-wide security context strategy is the one its application context left when it started.
 * Vaadin installs a strategy JVM-wide when a context starts; with several contexts in one test JVM (the context cache,
 * the cluster nodes, a module test), the last one started would otherwise own it, and the filters of a context started
 * earlier would write the client's authentication where the next filter does not read it (the token endpoint then
 * answers 401). A running node has one context, so this puts each test back in the situation of a node.
 */
public class OwnSecurityStrategy implements TestExecutionListener {

    private static final Map<ApplicationContext, SecurityContextHolderStrategy> LEFT = new WeakHashMap<>();

    @Override
    public void prepareTestInstance(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        synchronized (LEFT) {
            SecurityContextHolderStrategy left = LEFT.get(context);
            if (left == null) {
                // first use: the context has just started (or was started for this test), so the strategy in force is its own
                LEFT.put(context, SecurityContextHolder.getContextHolderStrategy());
            } else {
                SecurityContextHolder.setContextHolderStrategy(left);
            }
        }
    }
}
