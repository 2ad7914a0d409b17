package org.renkei.security;

import org.jspecify.annotations.Nullable;

/**
 * What happened at the door: published for the access log.
 *
 * @param action   e.g. {@code login.succeeded}, {@code login.failed}, {@code account.locked}
 * @param memberId the member concerned, when the login id named one
 * @param actor    the member as they are known after login, when known
 */
public record SecurityEvent(String action, @Nullable Long memberId, String loginId, @Nullable Actor actor,
        @Nullable String detail) {}
