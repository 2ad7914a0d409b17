package org.renkei.handoff.internal;

import org.renkei.platform.FileSniffing;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.InvalidInputException;

/** PDF or image, judged by the first bytes. */
public final class FileTypes {

    /** The largest file a handoff takes (the page's upload says the same). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private FileTypes() {}

    /** The file's type, or a refusal naming the field when it is not a PDF or image or is too large. */
    public static String require(String field, String fileName, byte[] content) {
        String type = of(content);
        if (type == null || content.length > MAX_BYTES) {
            throw new InvalidInputException(field, "form.type", fileName);
        }
        return type;
    }

    public static @Nullable String of(byte[] b) {
        return FileSniffing.typeOf(b, FileSniffing.DOCUMENTS);
    }
}
