package org.renkei.messaging;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code renkei.messaging.*}: how urgent posts are followed up. (The poll, {@code reminder-poll}, is read by
 * {@link MessageService#remindUrgent()}'s schedule itself.)
 *
 * @param urgentReminderInterval how often members who have not confirmed an urgent post are reminded (for a day)
 */
@ConfigurationProperties("renkei.messaging")
record MessagingProperties(@Nullable Duration urgentReminderInterval) {

    MessagingProperties {
        urgentReminderInterval = urgentReminderInterval == null ? Duration.ofMinutes(5) : urgentReminderInterval;
    }
}
