package org.renkei.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.FacilityType;
import org.renkei.platform.ConflictException;

/** 施設・事業所: applies to an association, is approved, may be suspended; its staff are members. */
@Entity
@Table(name = "facility")
public class Facility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long associationId;
    private @Nullable Long districtId;
    @Enumerated(EnumType.STRING)
    private FacilityType type;
    private String name;
    private String nameKana;
    private @Nullable String officialCode;
    private String postalCode;
    private String address;
    private String phone;
    private @Nullable String fax;
    private String email;
    @Enumerated(EnumType.STRING)
    private FacilityStatus status;
    private Instant appliedAt;
    private @Nullable Instant decidedAt;
    private @Nullable Long decidedBy;
    private @Nullable String decisionNote;
    private @Nullable String statusReason;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Facility() {
        this.type = FacilityType.OTHER;
        this.name = "";
        this.nameKana = "";
        this.postalCode = "";
        this.address = "";
        this.phone = "";
        this.email = "";
        this.status = FacilityStatus.PENDING;
        this.appliedAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    /** A facility's application: it waits for the association's decision. */
    public static Facility apply(long associationId, @Nullable Long districtId, FacilityType type, Details details, Instant now) {
        Facility f = new Facility();
        f.associationId = associationId;
        f.districtId = districtId;
        f.type = type;
        f.status = FacilityStatus.PENDING;
        f.appliedAt = now;
        f.createdAt = now;
        f.update(details, now);
        return f;
    }

    /** A facility the association (or demo data, or the portal's operators) creates directly, already in use. */
    public static Facility admitted(long associationId, @Nullable Long districtId, FacilityType type, Details details, Instant now) {
        Facility f = apply(associationId, districtId, type, details, now);
        f.status = FacilityStatus.ACTIVE;
        f.decidedAt = now;
        return f;
    }

    /** What the facility says about itself. */
    public record Details(String name, String nameKana, @Nullable String officialCode, String postalCode, String address,
            String phone, @Nullable String fax, String email) {}

    public void update(Details d, Instant now) {
        this.name = d.name();
        this.nameKana = d.nameKana();
        this.officialCode = d.officialCode();
        this.postalCode = d.postalCode();
        this.address = d.address();
        this.phone = d.phone();
        this.fax = d.fax();
        this.email = d.email();
        this.updatedAt = now;
    }

    public void approve(long by, @Nullable String note, Instant now) {
        require(FacilityStatus.PENDING);
        status = FacilityStatus.ACTIVE;
        decide(by, note, now);
    }

    public void reject(long by, String reason, Instant now) {
        require(FacilityStatus.PENDING);
        status = FacilityStatus.REJECTED;
        decide(by, reason, now);
    }

    public void suspend(String reason, Instant now) {
        require(FacilityStatus.ACTIVE);
        status = FacilityStatus.SUSPENDED;
        statusReason = reason;
        updatedAt = now;
    }

    public void reinstate(Instant now) {
        require(FacilityStatus.SUSPENDED);
        status = FacilityStatus.ACTIVE;
        statusReason = null;
        updatedAt = now;
    }

    private void decide(long by, @Nullable String note, Instant now) {
        decidedBy = by;
        decidedAt = now;
        decisionNote = note;
        updatedAt = now;
    }

    private void require(FacilityStatus expected) {
        if (status != expected) {
            throw new ConflictException("facility.state-conflict", status.name(), expected.name());
        }
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public long associationId() {
        return associationId;
    }

    public @Nullable Long districtId() {
        return districtId;
    }

    public FacilityType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public String nameKana() {
        return nameKana;
    }

    public @Nullable String officialCode() {
        return officialCode;
    }

    public String postalCode() {
        return postalCode;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public @Nullable String fax() {
        return fax;
    }

    public String email() {
        return email;
    }

    public FacilityStatus status() {
        return status;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public @Nullable String decisionNote() {
        return decisionNote;
    }

    public @Nullable String statusReason() {
        return statusReason;
    }

    public long version() {
        return version;
    }
}
