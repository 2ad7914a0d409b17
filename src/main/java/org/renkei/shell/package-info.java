/**
 * The frame every page sits in: the main layout and its role-dependent navigation, the home page,
 * error pages, session-expiry handling. Feature modules depend on it, never the reverse.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"kit", "platform", "security"})
@org.jspecify.annotations.NullMarked
package org.renkei.shell;
