package org.renkei.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 secret "12345678901234567890". */
    private static final String RFC_SECRET = new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfc6238TestVectors() {
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfClockDriftEitherWayAndNoMore() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String secret = Totp.newSecret();
        assertThat(Totp.match(secret, Totp.code(secret, now.minusSeconds(30)), now)).hasValue(Totp.stepOf(now) - 1);
        assertThat(Totp.match(secret, Totp.code(secret, now.plusSeconds(30)), now)).hasValue(Totp.stepOf(now) + 1);
        assertThat(Totp.match(secret, Totp.code(secret, now.minusSeconds(90)), now)).isEmpty();
        assertThat(Totp.match(secret, "12345", now)).isEmpty();
        assertThat(Totp.match(secret, "abcdef", now)).isEmpty();
    }

    @Test
    void aCredentialAcceptsEachStepOnce() {
        Credential c = new Credential(1, "hash", Instant.EPOCH);
        c.enableTotp("secret", 100, Instant.EPOCH);
        assertThat(c.useStep(100)).isFalse();
        assertThat(c.useStep(101)).isTrue();
        assertThat(c.useStep(101)).isFalse();
    }

    @Test
    void drawsAQrCode() {
        byte[] png = Totp.qrPng(Totp.uri("Renkei", "dr-yamada", Totp.newSecret()));
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(Totp.uri("Renkei", "山田", "ABC")).startsWith("otpauth://totp/Renkei:%E5%B1%B1%E7%94%B0?secret=ABC&issuer=Renkei");
    }
}
