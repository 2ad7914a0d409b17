package org.renkei.platform;

import java.util.Arrays;

/**
 * What a service throws when it refuses a request. It carries a message key (resolved in the
 * caller's language by the UI or the API) rather than a finished sentence.
 */
public abstract class RenkeiException extends RuntimeException {

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

    public Object[] arguments() {
        return arguments.clone();
    }
}
