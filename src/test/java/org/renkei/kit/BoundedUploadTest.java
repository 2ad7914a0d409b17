package org.renkei.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.renkei.messaging.MessageService;

/**
 * A chat upload of 60 MB sent by hand (past the page's own check) is refused after reading one byte past the
 * 10 MB limit, never held whole in memory; Vaadin is told to refuse larger requests before reading them.
 */
class BoundedUploadTest {

    /** 60 MB of zeros that are made as they are read, counting how many were. */
    static final class Endless extends InputStream {
        final long size;
        long read;

        Endless(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            read += n;
            return n;
        }
    }

    @Test
    void aSixtyMegabyteBodyIsRefusedAfterTheLimitAndAFileWithinItIsKept() throws Exception {
        int limit = MessageService.MAX_ATTACHMENT_BYTES;
        Endless huge = new Endless(60L * 1024 * 1024);
        assertThat(BoundedUpload.readAtMost(huge, limit)).isEmpty();
        assertThat(huge.read).isEqualTo(limit + 1L);

        Optional<byte[]> photo = BoundedUpload.readAtMost(new Endless(limit), limit);
        assertThat(photo).hasValueSatisfying(b -> assertThat(b).hasSize(limit));

        BoundedUpload handler = new BoundedUpload(limit, "too large", (name, bytes) -> {});
        assertThat(handler.getFileSizeMax()).isEqualTo(limit);
        assertThat(handler.getRequestSizeMax()).isBetween((long) limit, limit + 100_000L);
    }
}
