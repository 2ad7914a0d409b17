package org.renkei.security.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** RFC 6238 codes (SHA-1, 6 digits, 30 s: what every authenticator app reads) and their QR codes. */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final SecureRandom random = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    private Totp() {}

    /** A new 160-bit secret in Base32, as authenticator apps expect it. */
    static String newSecret() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    static long stepOf(Instant time) {
        return time.getEpochSecond() / STEP.toSeconds();
    }

    static String code(String base32Secret, Instant time) {
        try {
            return generator.generateOneTimePasswordString(key(base32Secret), time);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The time step a code belongs to, allowing one step either side for a phone's clock drift; empty
     * when the code matches none of them.
     */
    static OptionalLong match(String base32Secret, String code, Instant now) {
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        for (int offset : new int[] {0, -1, 1}) {
            Instant t = now.plus(STEP.multipliedBy(offset));
            if (MessageDigest.isEqual(code(base32Secret, t).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(stepOf(t));
            }
        }
        return OptionalLong.empty();
    }

    static String uri(String issuer, String account, String base32Secret) {
        String label = enc(issuer) + ":" + enc(account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + enc(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
    }

    /** The URI as a QR code in PNG, drawn on the server (no third-party QR service sees the secret). */
    static byte[] qrPng(String uri) {
        return org.renkei.platform.QrCodes.png(uri, 240);
    }

    private static SecretKeySpec key(String base32Secret) {
        return new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
