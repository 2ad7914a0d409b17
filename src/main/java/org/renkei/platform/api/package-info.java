/**
 * What the modules' REST controllers share: a page of results ({@link org.renkei.platform.api.ApiPage}) and every
 * error as RFC 9457 problem details ({@code ApiErrors}). A named interface: only the {@code web} packages use it.
 */
@org.springframework.modulith.NamedInterface("api")
@org.jspecify.annotations.NullMarked
package org.renkei.platform.api;
