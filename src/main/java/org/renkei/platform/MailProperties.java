package org.renkei.platform;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code renkei.mail.*}: how the portal's mail goes out. (The interval, {@code poll-interval}, is read by
 * {@link MailDelivery}'s schedule itself.)
 *
 * @param from the sender of the portal's mail
 */
@Validated
@ConfigurationProperties("renkei.mail")
record MailProperties(@NotNull String from) {}
