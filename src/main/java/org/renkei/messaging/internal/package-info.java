/** The messaging module's storage (JDBC: the hot path stays a handful of statements) and its demo conversations. */
@org.jspecify.annotations.NullMarked
package org.renkei.messaging.internal;
