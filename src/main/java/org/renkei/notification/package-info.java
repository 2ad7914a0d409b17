/**
 * NoticeService to members, in the portal (a bell with the unread count) and, where it matters, by mail
 * without patient details: other modules publish a {@link NoticeRequest} in their transaction and the
 * notices are written once it commits.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"directory", "platform", "security", "shell"})
@org.jspecify.annotations.NullMarked
package org.renkei.notification;
