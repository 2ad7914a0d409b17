package org.renkei.events.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A meeting's materials (資料), one PDF, kept apart so that loading the meeting does not load the file. */
@Entity
@Table(name = "meeting_material")
public class Material {

    @Id
    private long meetingId;
    private String fileName;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private Instant uploadedAt;

    protected Material() {
        this.fileName = "";
        this.content = new byte[0];
        this.uploadedAt = Instant.EPOCH;
    }

    public Material(long meetingId, String fileName, byte[] content, Instant uploadedAt) {
        this.meetingId = meetingId;
        this.fileName = fileName;
        this.content = content.clone();
        this.uploadedAt = uploadedAt;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] content() {
        return content.clone();
    }
}
