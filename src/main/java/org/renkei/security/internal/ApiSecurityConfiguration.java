package org.renkei.security.internal;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.ParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.renkei.security.ApiClients;
import org.renkei.security.ApiScope;
import org.renkei.security.BearerTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * The API's two filter chains, ahead of the browser's:
 * <ol>
 *   <li>the token issuer ({@code /oauth2/token}, {@code /oauth2/jwks}, metadata): Spring Authorization Server
 *       with the client credentials grant only, for the clients the associations registered;</li>
 *   <li>{@code /api/**}: stateless, JWT bearer tokens only (from the portal or a configured external
 *       issuer), each path's scope, problem details for every refusal, the body limit before anything and the
 *       rate limit right after authentication.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain tokenIssuerChain(HttpSecurity http, ApiClients clients, ApiProperties properties, ApiProblems problems,
            ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        // the issuer's endpoints only (token, keys, metadata); everything else falls through to the other chains
        http.securityMatcher("/oauth2/**", "/.well-known/oauth-authorization-server", "/.well-known/oauth-authorization-server/**");
        http.oauth2AuthorizationServer(as -> as
                .registeredClientRepository(new ApiClientRegistrations(clients, properties.tokenLifetime()))
                .authorizationService(new NoStoredAuthorizations()));
        http.authorizeHttpRequests(a -> a.anyRequest().authenticated());
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(c -> c.disable());
        http.addFilterBefore(new BodyLimitFilter(16 * 1024, problems), DisableEncodeUrlFilter.class);
        http.addFilterAfter(new RateLimitFilter(properties.requestsPerMinute(), properties.burst(), problems,
                contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)), SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ApiProperties properties, ApiProblems problems,
            AuthenticationManagerResolver<HttpServletRequest> issuers, ObjectProvider<SecurityContextHolderStrategy> contexts)
            throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**");
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/patients/**").hasAuthority(ApiScope.PATIENTS_READ.authority())
                .requestMatchers(HttpMethod.GET, "/api/handoffs/**").hasAuthority(ApiScope.HANDOFFS_READ.authority())
                .requestMatchers("/api/handoffs/**").hasAuthority(ApiScope.HANDOFFS_WRITE.authority())
                .requestMatchers(HttpMethod.GET, "/api/conversations/**").hasAuthority(ApiScope.MESSAGES_READ.authority())
                .requestMatchers("/api/conversations/**").hasAuthority(ApiScope.MESSAGES_WRITE.authority())
                .requestMatchers(HttpMethod.GET, "/api/facilities/**", "/api/members/**").hasAuthority(ApiScope.DIRECTORY_READ.authority())
                .requestMatchers(HttpMethod.GET, "/api/on-call/**").hasAuthority(ApiScope.ONCALL_READ.authority())
                .requestMatchers("/api/on-call/**").hasAuthority(ApiScope.ONCALL_WRITE.authority())
                .requestMatchers(HttpMethod.GET, "/api/beds/**").hasAuthority(ApiScope.BEDS_READ.authority())
                .requestMatchers("/api/beds/**").hasAuthority(ApiScope.BEDS_WRITE.authority())
                .requestMatchers(HttpMethod.GET, "/api/coordination/**").hasAuthority(ApiScope.COORDINATION_READ.authority())
                .requestMatchers("/api/coordination/**").hasAuthority(ApiScope.COORDINATION_WRITE.authority())
                .requestMatchers(HttpMethod.GET, "/api/safety/**").hasAuthority(ApiScope.SAFETY_READ.authority())
                .requestMatchers("/api/safety/**").hasAuthority(ApiScope.SAFETY_WRITE.authority())
                .requestMatchers(HttpMethod.GET, "/api/preparedness/**").hasAuthority(ApiScope.PREPAREDNESS_READ.authority())
                .requestMatchers(HttpMethod.GET, "/api/events", "/api/events/**").hasAuthority(ApiScope.EVENTS_READ.authority())
                .requestMatchers("/api/events/**").hasAuthority(ApiScope.EVENTS_WRITE.authority())
                .anyRequest().denyAll());
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(c -> c.disable());
        http.requestCache(c -> c.disable());
        http.oauth2ResourceServer(rs -> rs
                .authenticationManagerResolver(issuers)
                .authenticationEntryPoint((request, response, e) -> unauthorized(problems, request, response, e))
                .accessDeniedHandler((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\", "
                            + "error_description=\"The request requires a scope the token does not have\"");
                    problems.write(request, response, HttpStatus.FORBIDDEN, "insufficient-scope");
                }));
        http.exceptionHandling(x -> x.authenticationEntryPoint((request, response, e) -> unauthorized(problems, request, response, e)));
        http.addFilterBefore(new BodyLimitFilter(properties.maxBodySize().toBytes(), problems), DisableEncodeUrlFilter.class);
        http.addFilterAfter(new RateLimitFilter(properties.requestsPerMinute(), properties.burst(), problems,
                contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    private static void unauthorized(ApiProblems problems, HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        new BearerTokenAuthenticationEntryPoint().commence(request, response, e);
        problems.write(request, response, HttpStatus.UNAUTHORIZED, e instanceof InvalidBearerTokenException
                || request.getHeader("Authorization") != null ? "invalid-token" : "token-required");
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(ApiProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(ApiClients clients, ApiProperties properties) {
        return new ApiClientRegistrations(clients, properties.tokenLifetime());
    }

    /**
     * What the portal writes into its tokens besides the standard claims: whom the client acts for, and, when
     * the request named no scope, every scope the client is registered for.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(ApiClients clients) {
        return context -> clients.findByClientId(context.getRegisteredClient().getClientId()).ifPresent(c -> {
            context.getClaims().claim("client_id", c.clientId()).claim("facility_id", c.facilityId());
            if (context.getAuthorizedScopes().isEmpty()) {
                context.getClaims().claim("scope", c.scopes().stream().map(ApiScope::scope).sorted().toList());
            }
        });
    }

    /** Tokens of the portal itself, verified with its own key (no HTTP round trip to itself). */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys, ApiProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        return decoder;
    }

    /**
     * Which authentication manager checks a token, by its issuer: the portal's own, or one of the configured
     * external issuers (their keys fetched from their metadata on first use). Any other issuer is refused.
     */
    @Bean
    AuthenticationManagerResolver<HttpServletRequest> issuers(JwtDecoder own, ApiProperties properties, ApiTokenConverter converter) {
        Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();
        managers.put(properties.issuer(), manager(own, converter));
        List<String> external = properties.externalIssuers();
        return new JwtIssuerAuthenticationManagerResolver(issuer -> {
            if (issuer == null) {
                return null;
            }
            AuthenticationManager m = managers.get(issuer);
            if (m == null && external.contains(issuer)) {
                m = managers.computeIfAbsent(issuer, i -> manager(externalDecoder(i, properties.audience()), converter));
            }
            return m;
        });
    }

    /** An external issuer's tokens: its keys from its metadata; its name, the time and our audience checked. */
    private static JwtDecoder externalDecoder(String issuer, String audience) {
        NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
        decoder.setJwtValidator(externalValidator(issuer, audience));
        return decoder;
    }

    /** The issuer, the lifetime, and an {@code aud} that names this portal (the same checks on HTTP and STOMP). */
    static OAuth2TokenValidator<Jwt> externalValidator(String issuer, String audience) {
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<Object>("aud",
                        aud -> aud instanceof Collection<?> c ? c.contains(audience) : audience.equals(aud)));
    }

    private static AuthenticationManager manager(JwtDecoder decoder, ApiTokenConverter converter) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(converter);
        return provider::authenticate;
    }

    /** The same checks for a bearer token arriving by other means (STOMP CONNECT). */
    @Bean
    BearerTokens bearerTokens(AuthenticationManagerResolver<HttpServletRequest> issuers, JwtDecoder own, ApiProperties properties,
            ApiTokenConverter converter) {
        Map<String, AuthenticationManager> cache = new HashMap<>();
        AuthenticationManager ownManager = manager(own, converter);
        return token -> {
            String issuer = issuerOf(token);
            if (issuer == null || !issuer.equals(properties.issuer())) {
                if (issuer != null && properties.externalIssuers().contains(issuer)) {
                    synchronized (cache) {
                        AuthenticationManager m = cache.computeIfAbsent(issuer,
                                i -> manager(externalDecoder(i, properties.audience()), converter));
                        return m.authenticate(new BearerTokenAuthenticationToken(token));
                    }
                }
                throw new InvalidBearerTokenException("unknown issuer");
            }
            Authentication a = ownManager.authenticate(new BearerTokenAuthenticationToken(token));
            return a;
        };
    }

    private static String issuerOf(String token) {
        try {
            Object iss = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
            return iss == null ? null : iss.toString();
        } catch (ParseException e) {
            throw new InvalidBearerTokenException("malformed token");
        }
    }
}
