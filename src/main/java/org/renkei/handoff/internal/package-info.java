/** The handoff module's entities, repositories and demo handoffs. */
@org.jspecify.annotations.NullMarked
package org.renkei.handoff.internal;
