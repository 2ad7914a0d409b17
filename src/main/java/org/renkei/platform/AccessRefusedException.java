package org.renkei.platform;

/** The caller may not do this (wrong role, another association's or facility's data, not on the team). */
public class AccessRefusedException extends RenkeiException {

    public AccessRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public AccessRefusedException() {
        this("error.access-refused");
    }

    @Override
    public int status() {
        return 403;
    }
}
