/** How the access log hears of what other modules do not call it for: logins, and the chain check run from the command line. */
@org.jspecify.annotations.NullMarked
package org.renkei.audit.internal;
