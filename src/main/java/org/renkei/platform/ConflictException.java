package org.renkei.platform;

/** The request does not fit the current state: a transition that is not allowed, a stale edit, a taken name. */
public class ConflictException extends RenkeiException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 409;
    }
}
