package org.renkei.messaging.web;

import com.vaadin.flow.spring.annotation.VaadinTaskExecutor;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.Translations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * The STOMP endpoint {@code /ws} and its broker. Each channel has its own bounded pool: inbound work
 * (authorising, storing) cannot starve outbound delivery, and a flood of frames is refused at the queue's
 * end ({@link Busy}) instead of growing without limit. Browsers connect from the portal's own origin only.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
@EnableConfigurationProperties(StompProperties.class)
class StompConfiguration implements WebSocketMessageBrokerConfigurer {

    private final StompAuthorization authorization;
    private final StompSessions sessions;
    private final StompProperties properties;
    private final SubscribeReceipts receipts;
    private final ObjectProvider<SimpMessagingTemplate> broker;
    private final Translations translations;
    private final StompMetrics metrics;

    StompConfiguration(StompAuthorization authorization, StompSessions sessions, StompProperties properties,
            SubscribeReceipts receipts, ObjectProvider<SimpMessagingTemplate> broker, Translations translations,
            StompMetrics metrics) {
        this.metrics = metrics;
        this.receipts = receipts;
        this.broker = broker;
        this.translations = translations;
        this.authorization = authorization;
        this.sessions = sessions;
        this.properties = properties;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // Frames are handled by the inbound pool as they come; a burst from one client may be stored in another
        // order than sent (each message's seq says where it stands). Keeping the order would also move the
        // refusals of SUBSCRIBE/SEND off the connection's thread, and with them the ERROR frames.
        var endpoint = registry.addEndpoint("/ws");
        // past the node's limit a new connection gets 503 at the handshake, and those connected keep their service
        endpoint.addInterceptors(new HandshakeInterceptor() {
            @Override
            public boolean beforeHandshake(ServerHttpRequest request,
                    ServerHttpResponse response, WebSocketHandler handler,
                    Map<String, Object> attributes) {
                // a member's browser session counts towards the node's limit; a socket without one (a program
                // that will send its token on CONNECT, or a stranger) is one of few per address, until it authenticates
                boolean member = StompAuthorization.actorOf(request.getPrincipal()) != null;
                if (member ? sessions.authenticated() >= properties.maxConnections()
                        : sessions.authenticated() >= properties.maxConnections() || !sessions.mayOpenAnonymous(request.getRemoteAddress())) {
                    response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
                    response.getHeaders().set("Retry-After", "15");
                    return false;
                }
                return true;
            }

            @Override
            public void afterHandshake(ServerHttpRequest request,
                    ServerHttpResponse response, WebSocketHandler handler,
                    @Nullable Exception exception) {}
        });
        if (properties.allowedOrigins().length > 0) {
            endpoint.setAllowedOriginPatterns(properties.allowedOrigins());
        }
    }

    /**
     * Past the limit a login is refused before its password is checked: the node could not take the member's
     * connection anyway, and the password and TOTP checks of a crowd of newcomers would cost those connected
     * their latency (measured: p99 675 ms while 1,000 newcomers logged in to be refused at the handshake). A
     * browser goes back to the login page, which says the portal is busy; a program gets 503 with Retry-After.
     */
    @Bean
    FilterRegistrationBean<Filter> fullNodeLogin() {
        Filter filter = (req, res, chain) -> {
            var request = (HttpServletRequest) req;
            var response = (HttpServletResponse) res;
            // only authenticated connections count: strangers' sockets cannot keep members from logging in
            if ("POST".equals(request.getMethod()) && sessions.authenticated() >= properties.maxConnections()) {
                response.setHeader("Retry-After", "60");
                String accept = request.getHeader("Accept");
                if (accept != null && accept.contains("text/html")) {
                    response.sendRedirect(request.getContextPath() + "/login?error=busy");
                } else {
                    response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
                }
                return;
            }
            chain.doFilter(req, res);
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/login");
        // before Spring Security's chain (-100), where the password would be checked
        registration.setOrder(-110);
        return registration;
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        StompProperties.Relay relay = properties.relay();
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

    /**
     * The simple broker's subscriptions, indexed by exact destination: Spring's default registry scans every
     * subscription for a destination it has not cached (see {@link ExactSubscriptionRegistry}).
     */
    @Bean
    SmartInitializingSingleton exactSubscriptions(ObjectProvider<SimpleBrokerMessageHandler> broker) {
        return () -> broker.ifAvailable(b -> b.setSubscriptionRegistry(new ExactSubscriptionRegistry()));
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        ThreadPoolTaskExecutor inbound = pool("stomp-in-", properties.inboundThreads(), properties.inboundQueue(), metrics::timed);
        metrics.inbound(inbound.getThreadPoolExecutor());
        registration.interceptors(new Busy(inbound, broker, translations, metrics::refused), authorization, receipts);
        registration.taskExecutor(inbound);
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.taskExecutor(pool("stomp-out-", properties.outboundThreads(), properties.outboundQueue()));
        registration.interceptors(metrics.deliveryTimer());
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

    /**
     * Refuses a client's frame at once when the inbound queue is full. Spring's channel would otherwise run a
     * rejected frame on the connection's own (Tomcat) thread, so that past the limit every request thread ends up
     * waiting for the database and everyone's latency grows without bound. A refused SEND or SUBSCRIBE is
     * answered on the member's {@code /user/queue/errors} (503, {@code message.node-busy}) and the connection
     * stays open: nothing was stored, no receipt comes, and the same client id sent again is stored once. A
     * refused CONNECT gets an ERROR frame, like a refused handshake.
     */
    static final class Busy implements ChannelInterceptor {

        private final ThreadPoolTaskExecutor pool;
        private final ObjectProvider<SimpMessagingTemplate> broker;
        private final Translations translations;
        private final Runnable refused;

        Busy(ThreadPoolTaskExecutor pool, ObjectProvider<SimpMessagingTemplate> broker, Translations translations,
                Runnable refused) {
            this.refused = refused;
            this.pool = pool;
            this.broker = broker;
            this.translations = translations;
        }

        @Override
        public @Nullable Message<?> preSend(Message<?> message, MessageChannel channel) {
            if (pool.getThreadPoolExecutor().getQueue().remainingCapacity() > 0) {
                return message;
            }
            refused.run();
            StompHeaderAccessor stomp = StompHeaderAccessor.wrap(message);
            StompCommand command = stomp.getCommand();
            if (command == StompCommand.CONNECT || command == StompCommand.STOMP) {
                throw new MessageDeliveryException(translations.text("message.node-busy", Translations.ENGLISH));
            }
            if ((command == StompCommand.SEND || command == StompCommand.SUBSCRIBE) && stomp.getUser() != null) {
                broker.getObject().convertAndSendToUser(stomp.getUser().getName(), "/queue/errors", ChatController.Problem.of(
                        translations, "message.node-busy", new Object[0], 503, String.valueOf(stomp.getDestination())));
                return null;
            }
            return message;
        }
    }

    static ThreadPoolTaskExecutor pool(String prefix, int threads, int queue) {
        return pool(prefix, threads, queue, null);
    }

    static ThreadPoolTaskExecutor pool(String prefix, int threads, int queue, @Nullable TaskDecorator decorator) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        if (decorator != null) {
            executor.setTaskDecorator(decorator);
        }
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
