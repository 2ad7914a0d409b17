package org.renkei.kit;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * An upload of one file, bounded (a chat attachment, an incident report's evidence): Vaadin refuses a request larger than one file of the limit (413) before
 * reading it, and of what it lets through at most one byte past the limit is read, so an oversized body sent
 * by hand is refused without being held in memory (the in-memory handler read all of it first).
 */
public final class BoundedUpload implements UploadHandler {

    private final int limit;
    private final String tooLarge;
    private final BiConsumer<String, byte[]> received;

    /** {@code received} runs with the UI's lock held, with the file's name and content. */
    public BoundedUpload(int limit, String tooLarge, BiConsumer<String, byte[]> received) {
        this.limit = limit;
        this.tooLarge = tooLarge;
        this.received = received;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Optional<byte[]> content;
        try (InputStream in = event.getInputStream()) {
            content = readAtMost(in, limit);
        }
        if (content.isEmpty()) {
            event.reject(tooLarge);
            return;
        }
        String fileName = event.getFileName();
        event.getUI().access(() -> received.accept(fileName, content.get()));
    }

    /** The whole stream if it holds at most {@code limit} bytes; empty (after reading {@code limit + 1}) if it holds more. */
    static Optional<byte[]> readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
    }

    @Override
    public long getRequestSizeMax() {
        // the multipart envelope around one file of the largest size
        return limit + 64 * 1024L;
    }

    @Override
    public long getFileSizeMax() {
        return limit;
    }
}
