package org.renkei.messaging.web;

import com.vaadin.flow.spring.annotation.VaadinTaskExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * The STOMP endpoint {@code /ws} and its broker. Each channel has its own bounded pool: inbound work
 * (authorising, storing) cannot starve outbound delivery, and a flood of frames is refused at the queue's
 * end instead of growing without limit. Browsers connect from the portal's own origin only.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
@org.springframework.boot.context.properties.EnableConfigurationProperties(StompConfiguration.RelayProperties.class)
class StompConfiguration implements WebSocketMessageBrokerConfigurer {

    private final StompAuthorization authorization;
    private final StompSessions sessions;
    private final String[] allowedOrigins;
    private final int inboundThreads;
    private final int inboundQueue;
    private final int outboundThreads;
    private final int outboundQueue;
    private final RelayProperties relay;

    /**
     * {@code renkei.stomp.relay.*}: cluster mode. When enabled, the broker is RabbitMQ's STOMP plugin instead
     * of the in-memory one, so a message published on one node reaches subscribers on every node.
     */
    @org.springframework.boot.context.properties.ConfigurationProperties("renkei.stomp.relay")
    record RelayProperties(boolean enabled, String host, int port, String login, String passcode, String virtualHost) {

        RelayProperties {
            host = host == null ? "127.0.0.1" : host;
            port = port == 0 ? 61613 : port;
            login = login == null ? "guest" : login;
            passcode = passcode == null ? "guest" : passcode;
            virtualHost = virtualHost == null ? "/" : virtualHost;
        }
    }

    StompConfiguration(StompAuthorization authorization, StompSessions sessions, RelayProperties relay,
            @Value("${renkei.stomp.allowed-origins:}") String[] allowedOrigins,
            @Value("${renkei.stomp.inbound-threads:8}") int inboundThreads,
            @Value("${renkei.stomp.inbound-queue:20000}") int inboundQueue,
            @Value("${renkei.stomp.outbound-threads:4}") int outboundThreads,
            @Value("${renkei.stomp.outbound-queue:100000}") int outboundQueue) {
        this.authorization = authorization;
        this.sessions = sessions;
        this.allowedOrigins = allowedOrigins;
        this.inboundThreads = inboundThreads;
        this.inboundQueue = inboundQueue;
        this.outboundThreads = outboundThreads;
        this.outboundQueue = outboundQueue;
        this.relay = relay;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // Frames are handled by the inbound pool as they come; a burst from one client may be stored in another
        // order than sent (each message's seq says where it stands). Keeping the order would also move the
        // refusals of SUBSCRIBE/SEND off the connection's thread, and with them the ERROR frames.
        var endpoint = registry.addEndpoint("/ws");
        if (allowedOrigins.length > 0) {
            endpoint.setAllowedOriginPatterns(allowedOrigins);
        }
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        if (relay.enabled()) {
            // several nodes: RabbitMQ's STOMP plugin is the broker; user destinations resolve across nodes
            registry.enableStompBrokerRelay("/topic", "/queue")
                    .setRelayHost(relay.host()).setRelayPort(relay.port())
                    .setClientLogin(relay.login()).setClientPasscode(relay.passcode())
                    .setSystemLogin(relay.login()).setSystemPasscode(relay.passcode())
                    .setVirtualHost(relay.virtualHost())
                    .setSystemHeartbeatSendInterval(20_000).setSystemHeartbeatReceiveInterval(20_000)
                    .setUserDestinationBroadcast("/topic/renkei.unresolved-user")
                    .setUserRegistryBroadcast("/topic/renkei.user-registry")
                    .setTaskScheduler(heartbeats());
        } else {
            registry.enableSimpleBroker("/topic", "/queue")
                    .setHeartbeatValue(new long[] {20_000, 20_000})
                    .setTaskScheduler(heartbeats());
        }
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(authorization);
        registration.taskExecutor(pool("stomp-in-", inboundThreads, inboundQueue));
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.taskExecutor(pool("stomp-out-", outboundThreads, outboundQueue));
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.addDecoratorFactory(sessions::decorate);
        registration.setSendTimeLimit(15_000).setSendBufferSizeLimit(512 * 1024).setMessageSizeLimit(64 * 1024);
    }

    private static ThreadPoolTaskScheduler heartbeats() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("stomp-heartbeat-");
        scheduler.initialize();
        return scheduler;
    }

    private static ThreadPoolTaskExecutor pool(String prefix, int threads, int queue) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix(prefix);
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setAllowCoreThreadTimeOut(true);
        executor.initialize();
        return executor;
    }

    /**
     * With the message broker there are several task executors; Vaadin needs to be told which one is its
     * own, or it refuses to start.
     */
    @Bean
    @VaadinTaskExecutor
    TaskExecutor vaadinTaskExecutor() {
        return pool("vaadin-task-", 2, 1000);
    }
}
