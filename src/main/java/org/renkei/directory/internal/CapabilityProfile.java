package org.renkei.directory.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.Capability;
import org.renkei.directory.CapabilityAction;
import org.renkei.directory.CapabilityDeclaration;
import org.renkei.directory.FacilityEvent;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.Intake;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 対応可能な医療・ケア: what one facility takes on, the districts it serves, its hours, and whether it takes new patients
 * now, as its administrator (or its association) declares it.
 *
 * <p>An aggregate of its own, keyed by the facility's id, rather than more fields of {@link Facility}: it changes at
 * another pace and by other hands (the intake is confirmed every few weeks by the facility, while the association
 * decides on the facility itself), so confirming the intake never collides with an edit of the facility's details
 * through the version, and the capability search reads its three narrow tables instead of the facility's wide row. The
 * facility is passed in for what the rules need of it (its kind, association and state); its own rules stay there.
 */
@Entity
@Table(name = "capability_profile")
public class CapabilityProfile extends AbstractAggregateRoot<CapabilityProfile> {

    public static final int HOURS_MAX = 200;
    public static final int RADIUS_MAX_KM = 50;

    @Id
    private long facilityId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "facility_capability", joinColumns = @JoinColumn(name = "facility_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "capability")
    private Set<Capability> capabilities = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "facility_service_district", joinColumns = @JoinColumn(name = "facility_id"))
    @Column(name = "district_id")
    private Set<Long> districtIds = new HashSet<>();

    private @Nullable Integer radiusKm;
    private @Nullable String hours;
    @Enumerated(EnumType.STRING)
    private @Nullable Intake intake;
    private @Nullable Instant intakeConfirmedAt;
    private @Nullable Long intakeConfirmedBy;
    private Instant updatedAt;
    private @Nullable Long updatedBy;

    /** Null until first saved, which is how Spring Data tells a new profile (its id is the facility's) from a stored one. */
    @Version
    private @Nullable Long version;

    protected CapabilityProfile() {
        this.updatedAt = Instant.EPOCH;
    }

    /** A facility that has declared nothing yet: serves its own district, takes on nothing said, intake unknown. */
    public static CapabilityProfile none(Facility facility) {
        CapabilityProfile p = new CapabilityProfile();
        p.facilityId = facility.id();
        return p;
    }

    /**
     * Declares it all at once. A changed intake counts as confirmed now; it can be said only while the facility is in
     * use. Every broken rule is named on its field.
     */
    public void declare(Actor actor, Facility facility, CapabilityDeclaration d, Collection<District> districts, Instant now) {
        require(actor, facility, CapabilityAction.DECLARE);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        Set<Capability> declarable = Capability.declarableBy(facility.type());
        if (!declarable.containsAll(d.capabilities())) {
            problems.add(new InvalidInputException.Problem("capabilities", "capability.not-for-type",
                    d.capabilities().stream().filter(c -> !declarable.contains(c)).map(Enum::name).sorted()
                            .collect(Collectors.joining(", "))));
        }
        Map<Long, District> known = districts.stream().collect(Collectors.toMap(District::id, Function.identity()));
        if (d.districtIds().stream().anyMatch(id -> !known.containsKey(id)
                || known.get(id).associationId() != facility.associationId())) {
            problems.add(new InvalidInputException.Problem("districtIds", "capability.district-other-association"));
        }
        if (d.radiusKm() != null && (d.radiusKm() < 1 || d.radiusKm() > RADIUS_MAX_KM)) {
            problems.add(new InvalidInputException.Problem("radiusKm", "validation.Range", 1, RADIUS_MAX_KM));
        }
        String hoursText = d.hours() == null || d.hours().isBlank() ? null : d.hours().strip();
        if (hoursText != null && hoursText.length() > HOURS_MAX) {
            problems.add(new InvalidInputException.Problem("hours", "validation.Size", 0, HOURS_MAX));
        }
        boolean intakeChanged = d.intake() != intake;
        if (d.intake() == Intake.UNKNOWN) {
            problems.add(new InvalidInputException.Problem("intake", "capability.intake-unknown"));
        } else if (intakeChanged && d.intake() != null && facility.status() != FacilityStatus.ACTIVE) {
            problems.add(new InvalidInputException.Problem("intake", "capability.intake-not-active"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        capabilities.clear();
        capabilities.addAll(d.capabilities());
        districtIds.clear();
        districtIds.addAll(d.districtIds());
        radiusKm = d.radiusKm();
        hours = hoursText;
        updatedAt = now;
        updatedBy = actor.memberId();
        registerEvent(new FacilityEvent.CapabilitiesDeclared(facilityId, actor));
        if (intakeChanged) {
            stamp(actor, d.intake(), now);
        }
    }

    /** 受け入れ状況の確認: the facility says today whether it takes new patients; the time is stamped. */
    public void confirmIntake(Actor actor, Facility facility, @Nullable Intake intake, Instant now) {
        require(actor, facility, CapabilityAction.CONFIRM_INTAKE);
        if (intake == null || intake == Intake.UNKNOWN) {
            throw new InvalidInputException("intake", "capability.intake-unknown");
        }
        updatedAt = now;
        updatedBy = actor.memberId();
        stamp(actor, intake, now);
    }

    private void stamp(Actor actor, @Nullable Intake said, Instant now) {
        intake = said;
        intakeConfirmedAt = said == null ? null : now;
        intakeConfirmedBy = said == null ? null : actor.memberId();
        if (said != null) {
            registerEvent(new FacilityEvent.IntakeConfirmed(facilityId, said, actor));
        }
    }

    /** What the actor may do with this facility's capabilities now (its page offers these); the steps refuse the rest. */
    public Set<CapabilityAction> allowedActions(Actor actor, Facility facility) {
        Set<CapabilityAction> allowed = EnumSet.noneOf(CapabilityAction.class);
        for (CapabilityAction action : CapabilityAction.values()) {
            if (refusal(actor, facility, action) == null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    private void require(Actor actor, Facility facility, CapabilityAction action) {
        if (facility.id() != facilityId) {
            throw new IllegalArgumentException("another facility's profile");
        }
        Supplier<RenkeiException> refused = refusal(actor, facility, action);
        if (refused != null) {
            throw refused.get();
        }
    }

    /**
     * The rule: the facility's own administrator or its association's administrators (who manage its staff too) declare,
     * for a kind of facility that gives care, unless it was rejected; the intake is confirmed only while it is in use.
     * Null when allowed.
     */
    private static @Nullable Supplier<RenkeiException> refusal(Actor actor, Facility facility, CapabilityAction action) {
        if (!actor.administersFacility(facility.id()) && !actor.administers(facility.associationId())) {
            return () -> new AccessRefusedException("capability.not-administrator");
        }
        if (Capability.declarableBy(facility.type()).isEmpty()) {
            return () -> new ConflictException("capability.type-declares-nothing");
        }
        FacilityStatus status = facility.status();
        return switch (action) {
            case DECLARE -> status == FacilityStatus.REJECTED ? () -> new ConflictException("facility.state-conflict",
                    status.name(), FacilityStatus.ACTIVE.name()) : null;
            case CONFIRM_INTAKE -> status == FacilityStatus.ACTIVE ? null
                    : () -> new ConflictException("facility.state-conflict", status.name(), FacilityStatus.ACTIVE.name());
        };
    }

    /** What the intake reads as now: {@link Intake#UNKNOWN} when never said or confirmed too long ago. */
    public Intake intake(Instant now) {
        return Intake.asOf(intake, intakeConfirmedAt, now);
    }

    public long facilityId() {
        return facilityId;
    }

    public Set<Capability> capabilities() {
        return capabilities.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(capabilities);
    }

    public Set<Long> districtIds() {
        return Set.copyOf(districtIds);
    }

    public @Nullable Integer radiusKm() {
        return radiusKm;
    }

    public @Nullable String hours() {
        return hours;
    }

    /** The intake as last declared, however old. */
    public @Nullable Intake declaredIntake() {
        return intake;
    }

    public @Nullable Instant intakeConfirmedAt() {
        return intakeConfirmedAt;
    }

    /** -1 until first saved. */
    public long version() {
        return version == null ? -1 : version;
    }
}
