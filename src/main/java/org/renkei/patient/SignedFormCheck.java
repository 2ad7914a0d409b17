package org.renkei.patient;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.renkei.platform.FileSniffing;
import org.renkei.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Signed consent forms: a scan or photo. The type is decided by the file's first bytes, not by its
 * name or by what the browser claims, so a renamed executable is refused.
 */
@Component
class SignedFormCheck {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The content type of an accepted form; refuses anything else. */
    String check(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new InvalidInputException("consent.form", "form.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("consent.form", "form.too-large", MAX_BYTES / 1024 / 1024);
        }
        String type = FileSniffing.typeOf(content, FileSniffing.DOCUMENTS);
        if (type == null) {
            throw new InvalidInputException("consent.form", "form.type", fileName);
        }
        return type;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
