/** The meeting aggregate, its registrations and the calendar feeds; other modules use the services of {@code org.renkei.events}. */
@org.jspecify.annotations.NullMarked
package org.renkei.events.internal;
