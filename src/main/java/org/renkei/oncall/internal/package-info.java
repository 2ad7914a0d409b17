/** The on-call aggregates and their repositories; other modules use the services of {@code org.renkei.oncall}. */
@org.jspecify.annotations.NullMarked
package org.renkei.oncall.internal;
