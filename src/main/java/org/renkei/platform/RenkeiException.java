package org.renkei.platform;

import java.util.Arrays;

/**
 * What a service throws when it refuses a request. It carries a message key (resolved in the
 * caller's language by the UI or the API) rather than a finished sentence.
 */
public abstract class RenkeiException extends RuntimeException {

    /** Where the problem types of RFC 9457 answers live: this plus the message key. */
    public static final String PROBLEM_TYPES = "https://renkei.example/problems/";

    private final String messageKey;
    private final Object[] arguments;

    protected RenkeiException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The HTTP status that says this refusal, for the API and for STOMP problem replies. */
    public int status() {
        return 422;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
