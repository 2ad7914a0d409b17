/** The backup-bed aggregates and their repositories; other modules use the services of {@code org.renkei.beds}. */
@org.jspecify.annotations.NullMarked
package org.renkei.beds.internal;
