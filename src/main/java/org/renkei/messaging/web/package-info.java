/** STOMP over WebSocket at {@code /ws}: who may connect, subscribe and send, and the controller behind it. */
@org.jspecify.annotations.NullMarked
package org.renkei.messaging.web;
