package org.renkei.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** 地区医師会: runs the portal for its districts. */
@Entity
@Table(name = "association")
public class Association {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code;
    private String name;
    private String nameKana;
    private String prefecture;
    private @Nullable String phone;
    private @Nullable String email;
    private Instant createdAt;

    @Version
    private long version;

    protected Association() {
        this("", "", "", "", null, null, Instant.EPOCH);
    }

    public Association(String code, String name, String nameKana, String prefecture, @Nullable String phone,
            @Nullable String email, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.nameKana = nameKana;
        this.prefecture = prefecture;
        this.phone = phone;
        this.email = email;
        this.createdAt = createdAt;
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String nameKana() {
        return nameKana;
    }

    public String prefecture() {
        return prefecture;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String email() {
        return email;
    }
}
