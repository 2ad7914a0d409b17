package org.renkei.patient.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.PatientStatus;
import org.renkei.patient.Sex;
import org.renkei.platform.ConflictException;

/** 患者: who they are, which facility manages their record, whether their information is shared. */
@Entity
@Table(name = "patient")
public class Patient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long managingFacilityId;
    private long associationId;
    private long registeredBy;
    private String name;
    private String nameKana;
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    private @Nullable String postalCode;
    private @Nullable String address;
    private @Nullable String phone;
    @Enumerated(EnumType.STRING)
    private PatientStatus status;
    private int summaryVersion;
    private Instant lastActivityAt;
    private String lastActivityBy;
    private Instant createdAt;

    @Version
    private long version;

    protected Patient() {
        this.name = "";
        this.nameKana = "";
        this.birthDate = LocalDate.EPOCH;
        this.sex = Sex.UNKNOWN;
        this.status = PatientStatus.ACTIVE;
        this.lastActivityAt = Instant.EPOCH;
        this.lastActivityBy = "";
        this.createdAt = Instant.EPOCH;
    }

    /** Identity as registered. */
    public record Identity(String name, String nameKana, LocalDate birthDate, Sex sex, @Nullable String postalCode,
            @Nullable String address, @Nullable String phone) {}

    public static Patient register(long facilityId, long associationId, long by, String byName, Identity identity, Instant now) {
        Patient p = new Patient();
        p.managingFacilityId = facilityId;
        p.associationId = associationId;
        p.registeredBy = by;
        p.name = identity.name();
        p.nameKana = identity.nameKana();
        p.birthDate = identity.birthDate();
        p.sex = identity.sex();
        p.postalCode = identity.postalCode();
        p.address = identity.address();
        p.phone = identity.phone();
        p.status = PatientStatus.ACTIVE;
        p.summaryVersion = 0;
        p.createdAt = now;
        p.touch(byName, now);
        return p;
    }

    public void touch(String by, Instant now) {
        lastActivityAt = now;
        lastActivityBy = by;
    }

    /** The summary moved on to {@code version} (it was at {@code version - 1}). */
    public void summarySaved(int newVersion, String by, Instant now) {
        requireShared();
        summaryVersion = newVersion;
        touch(by, now);
    }

    public void freeze(String by, Instant now) {
        requireShared();
        status = PatientStatus.FROZEN;
        touch(by, now);
    }

    public void transferTo(long facilityId, long association, String by, Instant now) {
        requireShared();
        managingFacilityId = facilityId;
        associationId = association;
        touch(by, now);
    }

    public void requireShared() {
        if (status != PatientStatus.ACTIVE) {
            throw new ConflictException("patient.frozen");
        }
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public long managingFacilityId() {
        return managingFacilityId;
    }

    public long associationId() {
        return associationId;
    }

    public long registeredBy() {
        return registeredBy;
    }

    public String name() {
        return name;
    }

    public String nameKana() {
        return nameKana;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public @Nullable String postalCode() {
        return postalCode;
    }

    public @Nullable String address() {
        return address;
    }

    public @Nullable String phone() {
        return phone;
    }

    public PatientStatus status() {
        return status;
    }

    public int summaryVersion() {
        return summaryVersion;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public String lastActivityBy() {
        return lastActivityBy;
    }

    public long version() {
        return version;
    }
}
