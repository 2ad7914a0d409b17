/**
 * Technical groundwork every feature module shares: the embedded database, the clock, messages and
 * locales, CSV reading and writing, the mail outbox, and the exceptions services throw.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.renkei.platform;
