package org.renkei.platform;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * {@code renkei.*} settings of the portal as a whole, bound once here for every module that needs them.
 *
 * @param baseUrl the portal's public address, put in front of the links in mails (without a trailing slash)
 * @param nodeId  this node's name in cluster mode (what it publishes is marked with it); a random one when not set
 */
@Validated
@ConfigurationProperties("renkei")
public record PortalProperties(@NotNull String baseUrl, @Nullable String nodeId) {

    public PortalProperties {
        if (baseUrl != null && baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        nodeId = nodeId == null || nodeId.isBlank() ? UUID.randomUUID().toString() : nodeId;
    }

    /** A link into the portal: the base URL, a slash, and the path (given without its leading slash). */
    public String link(String path) {
        return baseUrl + "/" + path;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PortalProperties.class)
    static class Binding {}
}
