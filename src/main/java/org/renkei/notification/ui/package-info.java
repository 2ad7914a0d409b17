/** The notice bell in the header and the list of notices. */
@org.jspecify.annotations.NullMarked
package org.renkei.notification.ui;
