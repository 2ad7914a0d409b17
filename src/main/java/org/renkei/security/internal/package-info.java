/** Credentials, second factors, one-time links and the filter chain: the security module's insides. */
@org.jspecify.annotations.NullMarked
package org.renkei.security.internal;
