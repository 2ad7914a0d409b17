/**
 * Who is acting and how they proved it: password and TOTP login, lockout, activation links, idle
 * logout, session revocation, and the filter chains.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"kit", "platform"})
@org.jspecify.annotations.NullMarked
package org.renkei.security;
