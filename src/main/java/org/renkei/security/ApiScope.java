package org.renkei.security;

import java.util.Arrays;
import java.util.Optional;

/** What a program may do through the API; the names are the OAuth2 scopes of its tokens. */
public enum ApiScope {
    PATIENTS_READ("patients.read"),
    HANDOFFS_READ("handoffs.read"),
    HANDOFFS_WRITE("handoffs.write"),
    MESSAGES_READ("messages.read"),
    MESSAGES_WRITE("messages.write"),
    DIRECTORY_READ("directory.read"),
    ONCALL_READ("oncall.read"),
    ONCALL_WRITE("oncall.write"),
    BEDS_READ("beds.read"),
    BEDS_WRITE("beds.write"),
    COORDINATION_READ("coordination.read"),
    COORDINATION_WRITE("coordination.write"),
    SAFETY_READ("safety.read"),
    SAFETY_WRITE("safety.write"),
    PREPAREDNESS_READ("preparedness.read"),
    EVENTS_READ("events.read"),
    EVENTS_WRITE("events.write");

    private final String scope;

    ApiScope(String scope) {
        this.scope = scope;
    }

    /** The scope as it appears in tokens ({@code patients.read}). */
    public String scope() {
        return scope;
    }

    /** The Spring Security authority of this scope ({@code SCOPE_patients.read}). */
    public String authority() {
        return "SCOPE_" + scope;
    }

    public static Optional<ApiScope> of(String scope) {
        return Arrays.stream(values()).filter(s -> s.scope.equals(scope)).findFirst();
    }
}
