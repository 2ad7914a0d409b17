package org.renkei.notification;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tell these members something. Published as an event inside the transaction of the change; the notices
 * appear only if it commits (Spring Modulith keeps the event until they are written).
 *
 * @param kind       what sort of notice, e.g. {@code patient.consent-withdrawn} (for filtering and icons)
 * @param messageKey the text, a key of {@code messages*.properties}, shown in each reader's language
 * @param arguments  the text's arguments
 * @param link       where the notice leads, a path inside the portal
 * @param mail       also send a mail saying only that there is something to see (never the content)
 */
public record NoticeRequest(Set<Long> recipients, String kind, String messageKey, List<String> arguments,
        @Nullable String link, boolean mail) {

    public NoticeRequest {
        recipients = Set.copyOf(recipients);
        arguments = List.copyOf(arguments);
    }

    public static NoticeRequest of(Collection<Long> recipients, String kind, String messageKey, @Nullable String link,
            String... arguments) {
        return new NoticeRequest(Set.copyOf(recipients), kind, messageKey, List.of(arguments), link, false);
    }

    public NoticeRequest withMail() {
        return new NoticeRequest(recipients, kind, messageKey, arguments, link, true);
    }
}
