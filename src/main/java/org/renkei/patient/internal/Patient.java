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
import java.util.List;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.ConsentModel;
import org.renkei.patient.Insurance;
import org.renkei.patient.PatientAction;
import org.renkei.patient.PatientEvent;
import org.renkei.patient.PatientStatus;
import org.renkei.patient.Sex;
import org.renkei.platform.ConflictException;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 患者: who they are, which facility manages their record, whether their information is shared, and which version
 * of the summary is current. Saving the summary is refused when someone saved since the member opened it.
 */
@Entity
@Table(name = "patient")
public class Patient extends AbstractAggregateRoot<Patient> {

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
    private @Nullable String insurerNumber;
    private @Nullable String insuredSymbol;
    private @Nullable String insuredNumber;
    private @Nullable String insuredBranch;
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

    /** Once saved (it has its id): registered by the member with the consent obtained. */
    public Patient registered(Actor actor, ConsentModel consent) {
        registerEvent(new PatientEvent.Registered(id(), consent, actor));
        return this;
    }

    /** 保険情報 as the card shows it (checked by the caller), or none. */
    public void insure(@Nullable Insurance insurance) {
        insurerNumber = insurance == null ? null : insurance.insurerNumber();
        insuredSymbol = insurance == null ? null : insurance.symbol();
        insuredNumber = insurance == null ? null : insurance.number();
        insuredBranch = insurance == null ? null : insurance.branch();
    }

    public @Nullable Insurance insurance() {
        return insurerNumber == null || insuredNumber == null ? null
                : new Insurance(insurerNumber, insuredSymbol, insuredNumber, insuredBranch);
    }

    /**
     * 基本情報の修正: address, phone and insurance as they are now; a frozen record takes none. Registers which fields
     * changed (nothing when none did).
     */
    public void correctDetails(Actor actor, @Nullable String newPostalCode, @Nullable String newAddress,
            @Nullable String newPhone, @Nullable Insurance newInsurance, Instant now) {
        requireShared();
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(postalCode, newPostalCode)) {
            changed.add("postalCode");
        }
        if (!Objects.equals(address, newAddress)) {
            changed.add("address");
        }
        if (!Objects.equals(phone, newPhone)) {
            changed.add("phone");
        }
        if (!Objects.equals(insurance(), newInsurance)) {
            changed.add("insurance");
        }
        if (changed.isEmpty()) {
            return;
        }
        postalCode = newPostalCode;
        address = newAddress;
        phone = newPhone;
        insure(newInsurance);
        touch(actor.name(), now);
        registerEvent(new PatientEvent.DetailsCorrected(id(), changed, actor));
    }

    public void touch(String by, Instant now) {
        lastActivityAt = now;
        lastActivityBy = by;
    }

    /**
     * The summary moves on from {@code baseVersion}, the version the member started from, to the next. If someone
     * saved since, nothing changes and {@code stale} says so (optimistic locking); a frozen record takes no edit.
     * {@code devicesChanged} says that the new version's devices differ from the base's.
     */
    public int reviseSummary(Actor actor, int baseVersion, @Nullable String note, boolean devicesChanged, Instant now,
            Supplier<? extends RuntimeException> stale) {
        requireShared();
        if (summaryVersion != baseVersion) {
            throw stale.get();
        }
        summaryVersion = baseVersion + 1;
        touch(actor.name(), now);
        registerEvent(new PatientEvent.SummaryRevised(id(), summaryVersion, note, devicesChanged, actor));
        return summaryVersion;
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

    /** Whether the member works at the facility that manages the record (withdrawal of consent, transfers). */
    public boolean managedBy(Actor actor) {
        return actor.worksAt(managingFacilityId);
    }

    /**
     * What the member may do now, given whether they may write (on the team, covered by the consent) and manage the
     * team (the managing facility or the 主治医): nothing on a frozen record.
     */
    public Set<PatientAction> allowedActions(Actor actor, boolean mayWrite, boolean managesTeam) {
        Set<PatientAction> allowed = EnumSet.noneOf(PatientAction.class);
        if (status != PatientStatus.ACTIVE || !mayWrite) {
            return allowed;
        }
        allowed.add(PatientAction.EDIT_SUMMARY);
        allowed.add(PatientAction.EDIT_DETAILS);
        allowed.add(PatientAction.LEAVE_TEAM);
        if (managesTeam) {
            allowed.add(PatientAction.MANAGE_TEAM);
        }
        if (managedBy(actor)) {
            allowed.add(PatientAction.WITHDRAW_CONSENT);
            allowed.add(PatientAction.REQUEST_TRANSFER);
        }
        return allowed;
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
