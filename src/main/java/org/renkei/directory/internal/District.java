package org.renkei.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** 区市町村: a ward, city or town that an association covers. */
@Entity
@Table(name = "district")
public class District {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long associationId;
    private String name;

    protected District() {
        this.name = "";
    }

    public District(long associationId, String name) {
        this.associationId = associationId;
        this.name = name;
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public long associationId() {
        return associationId;
    }

    public String name() {
        return name;
    }
}
