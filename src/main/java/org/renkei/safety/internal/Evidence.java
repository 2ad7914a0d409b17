package org.renkei.safety.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A photo, recording or PDF attached to a report: its name, type and hash; the bytes are in {@code safety_evidence_content}. */
@Entity
@Table(name = "safety_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long uploaderId;
    private String fileName;
    private String contentType;
    private int size;
    private String sha256;
    private Instant createdAt;

    protected Evidence() {
        this.fileName = "";
        this.contentType = "";
        this.sha256 = "";
        this.createdAt = Instant.EPOCH;
    }

    Evidence(long uploaderId, String fileName, String contentType, int size, String sha256, Instant now) {
        this.uploaderId = uploaderId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.createdAt = now;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long uploaderId() {
        return uploaderId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
