package org.renkei.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file is what its first bytes say, whatever its name; forms and sheets take PDF, JPEG and PNG only. */
class FileSniffingTest {

    static byte[] bytes(int... b) {
        byte[] out = new byte[Math.max(b.length, 16)];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void documentsAndPhotosAreKnownByTheirFirstBytesAndNothingElseIs() {
        assertThat(FileSniffing.typeOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FileSniffing.PDF);
        assertThat(FileSniffing.typeOf(bytes(0xFF, 0xD8, 0xFF, 0xE0))).isEqualTo(FileSniffing.JPEG);
        assertThat(FileSniffing.typeOf(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A))).isEqualTo(FileSniffing.PNG);
        assertThat(FileSniffing.typeOf("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FileSniffing.GIF);
        assertThat(FileSniffing.typeOf(bytes('R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'))).isEqualTo(FileSniffing.WEBP);
        // a page or a drawing renamed to .pdf or .png is neither
        assertThat(FileSniffing.typeOf("<html><script>".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(FileSniffing.typeOf("<svg onload=x>".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(FileSniffing.typeOf(new byte[0])).isNull();
        // forms and sheets: no GIF or WebP
        assertThat(FileSniffing.typeOf("GIF89a".getBytes(StandardCharsets.US_ASCII), FileSniffing.DOCUMENTS)).isNull();
        assertThat(FileSniffing.typeOf("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), FileSniffing.DOCUMENTS)).isEqualTo(FileSniffing.PDF);
    }
}
