package org.renkei.directory;

/** The formats the directory accepts. */
final class Patterns {

    /** Letters, digits and . _ @ - ; 4 to 64 characters. */
    static final String LOGIN_ID = "^[A-Za-z0-9._@-]{4,64}$";
    /** 〒 123-4567 or 1234567. */
    static final String POSTAL_CODE = "^\\d{3}-?\\d{4}$";
    /** Japanese numbers: 10 or 11 digits with optional hyphens. */
    static final String PHONE = "^0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$";
    static final String PHONE_OR_EMPTY = "^$|" + PHONE;

    private Patterns() {}
}
