package org.renkei.platform;

/** The thing asked for does not exist (or the caller may not know that it exists). */
public class NotFoundException extends RenkeiException {

    public NotFoundException(String what, Object id) {
        super("error.not-found", what, id);
    }

    @Override
    public int status() {
        return 404;
    }
}
