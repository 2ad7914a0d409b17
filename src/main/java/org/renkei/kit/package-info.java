/**
 * The UI kit every page shares, the login pages included: how a service's refusal is shown (under the fields it names,
 * or as a notification). A module of its own, below {@code shell} and {@code security}, because the login pages live in
 * {@code security.ui} and {@code shell} depends on {@code security} (decisions.md 1).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
@org.jspecify.annotations.NullMarked
package org.renkei.kit;
