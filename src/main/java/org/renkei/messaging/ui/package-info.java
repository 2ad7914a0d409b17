/** The conversation list and the chat page (Vaadin core components, live through push). */
@org.jspecify.annotations.NullMarked
package org.renkei.messaging.ui;
