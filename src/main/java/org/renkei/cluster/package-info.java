/**
 * Cluster mode: what one node must tell the others beyond the STOMP broker relay. Pages (Vaadin) open on a
 * conversation get messages posted on other nodes; ended sessions and changed access reach every node.
 * All through RabbitMQ's STOMP plugin, the broker the relay already uses.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"messaging", "security"})
@org.jspecify.annotations.NullMarked
package org.renkei.cluster;
