package org.renkei.patient;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.renkei.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Signed consent forms: a scan or photo. The type is decided by the file's first bytes, not by its
 * name or by what the browser claims, so a renamed executable is refused.
 */
@Component
class SignedForms {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The content type of an accepted form; refuses anything else. */
    String check(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new InvalidInputException("consent.form", "form.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("consent.form", "form.too-large", MAX_BYTES / 1024 / 1024);
        }
        String type = typeOf(content);
        if (type == null) {
            throw new InvalidInputException("consent.form", "form.type", fileName);
        }
        return type;
    }

    static @org.jspecify.annotations.Nullable String typeOf(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        return null;
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

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
