package org.renkei.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/** Random tokens, their hashes, and the encryption of TOTP secrets at rest (AES-256-GCM). */
@Component
class Secrets {

    private static final SecureRandom random = new SecureRandom();
    private static final char[] CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final TextEncryptor totpCipher;

    Secrets(SecurityProperties properties) {
        this.totpCipher = Encryptors.delux(properties.totpKey(), properties.totpSalt());
    }

    String encryptTotp(String secret) {
        return totpCipher.encrypt(secret);
    }

    String decryptTotp(String encrypted) {
        return totpCipher.decrypt(encrypted);
    }

    /** A 256-bit URL-safe token for a one-time link. */
    static String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A recovery code such as {@code k7dm-q2xa}: easy to read aloud and type, 40 bits of chance. */
    static String newRecoveryCode() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Recovery codes compare without case, dashes or spaces. */
    static String normalizeRecoveryCode(String code) {
        return code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
