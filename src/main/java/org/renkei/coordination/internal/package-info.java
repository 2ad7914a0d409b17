/** The coordination aggregate and its repository; other modules use the services of {@code org.renkei.coordination}. */
@org.jspecify.annotations.NullMarked
package org.renkei.coordination.internal;
