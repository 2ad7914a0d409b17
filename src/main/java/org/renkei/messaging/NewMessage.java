package org.renkei.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A message to post.
 *
 * @param clientId     chosen by the sender (a UUID, say): sending again with the same id stores nothing new
 * @param attachmentId an attachment uploaded before, in the same conversation
 */
public record NewMessage(
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._:-]+$") String clientId,
        @Size(max = 10_000) String body,
        @NotNull Importance importance,
        @Nullable Long attachmentId) {

    public static NewMessage of(String clientId, String body) {
        return new NewMessage(clientId, body, Importance.NORMAL, null);
    }
}
