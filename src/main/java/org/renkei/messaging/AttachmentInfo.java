package org.renkei.messaging;

/** A photo or document posted with a message. */
public record AttachmentInfo(long id, String fileName, String contentType, int size) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
