package org.renkei.oncall.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A district's rota pool (輪番), run by its association; one per district. */
@Entity
@Table(name = "cover_pool")
public class CoverPool {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long associationId;
    private long districtId;
    private String name;
    private Instant createdAt;

    protected CoverPool() {
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    public CoverPool(long associationId, long districtId, String name, Instant now) {
        this.associationId = associationId;
        this.districtId = districtId;
        this.name = name;
        this.createdAt = now;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long associationId() {
        return associationId;
    }

    public long districtId() {
        return districtId;
    }

    public String name() {
        return name;
    }
}
