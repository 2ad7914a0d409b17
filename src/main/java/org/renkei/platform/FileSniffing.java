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
    public static final String M4A = "audio/mp4";
    public static final String MP3 = "audio/mpeg";
    public static final String WAV = "audio/wav";
    public static final String AMR = "audio/amr";
    public static final String OGG = "audio/ogg";
    public static final String WEBM = "audio/webm";

    /** PDF and the photos every phone takes: what forms, sheets, care plans and minutes may be. */
    public static final Set<String> DOCUMENTS = Set.of(PDF, JPEG, PNG);

    private FileSniffing() {}

    /** What a chat shows inline or opens: pictures and PDF. */
    public static final Set<String> PICTURES_AND_PDF = Set.of(PDF, JPEG, PNG, GIF, WEBP);

    /** What a phone records: voice memos (M4A), MP3, WAV, AMR, and a browser's recorder (WebM, Ogg). */
    public static final Set<String> RECORDINGS = Set.of(M4A, MP3, WAV, AMR, OGG, WEBM);

    /** The type of the content, if it is one of PDF, JPEG, PNG, GIF, WebP or a recording in {@link #RECORDINGS}. */
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
        return recording(b);
    }

    private static @Nullable String recording(byte[] b) {
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p' && b[8] == 'M' && b[9] == '4' && b[10] == 'A') {
            return M4A;
        }
        if (starts(b, 0x49, 0x44, 0x33) || (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0)) {
            return MP3;
        }
        if (b.length >= 12 && starts(b, 0x52, 0x49, 0x46, 0x46) && b[8] == 'W' && b[9] == 'A' && b[10] == 'V' && b[11] == 'E') {
            return WAV;
        }
        if (starts(b, 0x23, 0x21, 0x41, 0x4D, 0x52)) {
            return AMR;
        }
        if (starts(b, 0x4F, 0x67, 0x67, 0x53)) {
            return OGG;
        }
        if (starts(b, 0x1A, 0x45, 0xDF, 0xA3)) {
            return WEBM;
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
