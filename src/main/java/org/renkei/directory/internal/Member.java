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
import org.renkei.directory.MemberStatus;
import org.renkei.directory.Profession;
import org.renkei.platform.ConflictException;

/** 会員: a professional of one facility (or one of the portal's operators, who have none). */
@Entity
@Table(name = "members")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable Long facilityId;
    private String loginId;
    private String name;
    private String nameKana;
    @Enumerated(EnumType.STRING)
    private Profession profession;
    private String email;
    private @Nullable String phone;
    @Enumerated(EnumType.STRING)
    private MemberStatus status;
    private @Nullable String statusReason;
    private boolean facilityAdmin;
    private boolean associationAdmin;
    private boolean systemAdmin;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant detachedAt;

    @Version
    private long version;

    protected Member() {
        this.loginId = "";
        this.name = "";
        this.nameKana = "";
        this.profession = Profession.OTHER;
        this.email = "";
        this.status = MemberStatus.PENDING;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    /** What an administrator or the member says about the member. */
    public record Details(String name, String nameKana, Profession profession, String email, @Nullable String phone) {}

    public static Member of(@Nullable Long facilityId, String loginId, Details details, MemberStatus status, Instant now) {
        Member m = new Member();
        m.facilityId = facilityId;
        m.loginId = loginId;
        m.status = status;
        m.createdAt = now;
        m.update(details, now);
        return m;
    }

    /** The person named in a facility's application: its administrator once the association approves. */
    public static Member applicant(long facilityId, String loginId, Details details, Instant now) {
        Member m = of(facilityId, loginId, details, MemberStatus.PENDING, now);
        m.facilityAdmin = true;
        return m;
    }

    public void update(Details d, Instant now) {
        requireNot(MemberStatus.DETACHED);
        this.name = d.name();
        this.nameKana = d.nameKana();
        this.profession = d.profession();
        this.email = d.email();
        this.phone = d.phone();
        this.updatedAt = now;
    }

    /** A new e-mail address, once the member confirmed it from the old one (or changed it themselves). */
    public void changeEmail(String email, Instant now) {
        requireNot(MemberStatus.DETACHED);
        this.email = email;
        this.updatedAt = now;
    }

    /** The applicant of an approved facility. */
    public void admit(Instant now) {
        require(MemberStatus.PENDING);
        status = MemberStatus.ACTIVE;
        updatedAt = now;
    }

    public void reject(Instant now) {
        require(MemberStatus.PENDING);
        status = MemberStatus.REJECTED;
        updatedAt = now;
    }

    public void suspend(String reason, Instant now) {
        require(MemberStatus.ACTIVE);
        status = MemberStatus.SUSPENDED;
        statusReason = reason;
        updatedAt = now;
    }

    public void reinstate(Instant now) {
        require(MemberStatus.SUSPENDED);
        status = MemberStatus.ACTIVE;
        statusReason = null;
        updatedAt = now;
    }

    /** 所属解除: loses access at once; the member's past records stay and still name them. */
    public void detach(Instant now) {
        if (status == MemberStatus.DETACHED) {
            throw new ConflictException("member.state-conflict", status.name(), MemberStatus.ACTIVE.name());
        }
        status = MemberStatus.DETACHED;
        facilityAdmin = false;
        associationAdmin = false;
        detachedAt = now;
        updatedAt = now;
    }

    public void makeFacilityAdmin(boolean admin, Instant now) {
        require(MemberStatus.ACTIVE);
        facilityAdmin = admin;
        updatedAt = now;
    }

    public void makeAssociationAdmin(boolean admin, Instant now) {
        require(MemberStatus.ACTIVE);
        associationAdmin = admin;
        updatedAt = now;
    }

    public void makeSystemAdmin(Instant now) {
        systemAdmin = true;
        updatedAt = now;
    }

    private void require(MemberStatus expected) {
        if (status != expected) {
            throw new ConflictException("member.state-conflict", status.name(), expected.name());
        }
    }

    private void requireNot(MemberStatus refused) {
        if (status == refused) {
            throw new ConflictException("member.state-conflict", status.name(), MemberStatus.ACTIVE.name());
        }
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public @Nullable Long facilityId() {
        return facilityId;
    }

    public String loginId() {
        return loginId;
    }

    public String name() {
        return name;
    }

    public String nameKana() {
        return nameKana;
    }

    public Profession profession() {
        return profession;
    }

    public String email() {
        return email;
    }

    public @Nullable String phone() {
        return phone;
    }

    public MemberStatus status() {
        return status;
    }

    public @Nullable String statusReason() {
        return statusReason;
    }

    public boolean facilityAdmin() {
        return facilityAdmin;
    }

    public boolean associationAdmin() {
        return associationAdmin;
    }

    public boolean systemAdmin() {
        return systemAdmin;
    }

    public long version() {
        return version;
    }

    public @Nullable Instant detachedAt() {
        return detachedAt;
    }
}
