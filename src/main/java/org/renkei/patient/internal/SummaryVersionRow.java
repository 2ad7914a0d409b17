package org.renkei.patient.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One saved state of a patient's summary, whole, as JSON. Never changed once written. */
@Entity
@Table(name = "summary_version")
public class SummaryVersionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long patientId;
    private int version;
    private long authorId;
    private String authorName;
    private Instant createdAt;
    private @Nullable String note;
    private String content;

    protected SummaryVersionRow() {
        this.authorName = "";
        this.createdAt = Instant.EPOCH;
        this.content = "";
    }

    public SummaryVersionRow(long patientId, int version, long authorId, String authorName, Instant createdAt,
            @Nullable String note, String content) {
        this.patientId = patientId;
        this.version = version;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = createdAt;
        this.note = note;
        this.content = content;
    }

    public int version() {
        return version;
    }

    public long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable String note() {
        return note;
    }

    public String content() {
        return content;
    }
}
