package org.renkei.messaging.web;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code renkei.stomp.*}: the STOMP endpoint's limits and pools, bound once.
 *
 * @param allowedOrigins      origins besides the portal's own that may open {@code /ws} from a browser
 * @param inboundThreads      threads that authorise and store incoming frames
 * @param inboundQueue        frames that may wait for them; past it a frame is refused at once (busy)
 * @param outboundThreads     threads that deliver to clients
 * @param outboundQueue       deliveries that may wait
 * @param maxConnections      authenticated connections (members and programs) one node takes
 * @param connectTimeout      how long a socket may stay without a CONNECT that authenticates it
 * @param anonymousPerAddress sockets not yet authenticated that one address may hold
 * @param maxAnonymous        sockets not yet authenticated that the node holds in all
 * @param relay               cluster mode: RabbitMQ's STOMP plugin as the broker instead of the in-memory one, so a
 *                            message published on one node reaches subscribers on every node
 */
@ConfigurationProperties("renkei.stomp")
public record StompProperties(String @Nullable [] allowedOrigins, @Nullable Integer inboundThreads, @Nullable Integer inboundQueue,
        @Nullable Integer outboundThreads, @Nullable Integer outboundQueue, @Nullable Integer maxConnections,
        @Nullable Duration connectTimeout, @Nullable Integer anonymousPerAddress, @Nullable Integer maxAnonymous,
        @Nullable Relay relay) {

    public StompProperties {
        allowedOrigins = allowedOrigins == null ? new String[0] : allowedOrigins;
        inboundThreads = inboundThreads == null ? 16 : inboundThreads;
        inboundQueue = inboundQueue == null ? 2000 : inboundQueue;
        outboundThreads = outboundThreads == null ? 4 : outboundThreads;
        outboundQueue = outboundQueue == null ? 100_000 : outboundQueue;
        maxConnections = maxConnections == null ? 15_000 : maxConnections;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        anonymousPerAddress = anonymousPerAddress == null ? 20 : anonymousPerAddress;
        maxAnonymous = maxAnonymous == null ? 1000 : maxAnonymous;
        relay = relay == null ? new Relay(false, null, 0, null, null, null) : relay;
    }

    /** {@code renkei.stomp.relay.*}: where RabbitMQ's STOMP plugin listens, and how to log in to it. */
    public record Relay(boolean enabled, @Nullable String host, int port, @Nullable String login, @Nullable String passcode,
            @Nullable String virtualHost) {

        public Relay {
            host = host == null ? "127.0.0.1" : host;
            port = port == 0 ? 61613 : port;
            login = login == null ? "guest" : login;
            passcode = passcode == null ? "guest" : passcode;
            virtualHost = virtualHost == null ? "/" : virtualHost;
        }
    }
}
