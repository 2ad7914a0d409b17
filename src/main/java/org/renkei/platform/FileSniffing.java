package org.renkei.platform;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a file is, judged by its first bytes, never by its name (a renamed HTML or SVG file is not a photo). One
 * place for the chat's attachments, the handoffs' files and the signed consent forms.
 */
public final class FileSniffing {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String GIF = "image/gif";
    public static final String WEBP = "image/webp";

    /** PDF and the photos every phone takes: what forms, sheets, care plans and minutes may be. */
    public static final Set<String> DOCUMENTS = Set.of(PDF, JPEG, PNG);

    private FileSniffing() {}

    /** The type of the content, if it is one of PDF, JPEG, PNG, GIF or WebP. */
    public static @Nullable String typeOf(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return PDF;
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(b, 0x47, 0x49, 0x46, 0x38)) {
            return GIF;
        }
        if (b.length >= 12 && starts(b, 0x52, 0x49, 0x46, 0x46) && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return WEBP;
        }
        return null;
    }

    /** The type of the content if it is one of {@code accepted}, else null. */
    public static @Nullable String typeOf(byte[] b, Set<String> accepted) {
        String type = typeOf(b);
        return type != null && accepted.contains(type) ? type : null;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
