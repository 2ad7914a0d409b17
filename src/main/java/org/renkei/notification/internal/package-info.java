/** Writing notices when other modules ask for them. */
@org.jspecify.annotations.NullMarked
package org.renkei.notification.internal;
