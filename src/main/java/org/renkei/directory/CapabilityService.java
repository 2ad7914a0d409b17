package org.renkei.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.internal.CapabilityProfile;
import org.renkei.directory.internal.CapabilityProfiles;
import org.renkei.directory.internal.Districts;
import org.renkei.directory.internal.Facilities;
import org.renkei.directory.internal.Facility;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 対応可能な医療・ケア: a facility's administrator (or its association) declares what it takes on, where, when, and
 * whether it takes new patients now; every member reads it for an active facility. The rules are
 * {@link CapabilityProfile}'s; the access log hears of each change from its {@link FacilityEvent}.
 */
@Service
@Transactional
public class CapabilityService {

    private final CapabilityProfiles profiles;
    private final Facilities facilities;
    private final Districts districts;
    private final CapabilitySearch search;
    private final Clock clock;

    CapabilityService(CapabilityProfiles profiles, Facilities facilities, Districts districts, CapabilitySearch search,
            Clock clock) {
        this.profiles = profiles;
        this.facilities = facilities;
        this.districts = districts;
        this.search = search;
        this.clock = clock;
    }

    /**
     * The facility's capabilities: any member reads those of an active facility; its administrators and association those
     * of a facility in any state (an application declares what it will take on).
     */
    @Transactional(readOnly = true)
    public CapabilityDetails get(Actor actor, long facilityId) {
        Permissions.requireMember(actor);
        Facility facility = facility(facilityId);
        if (facility.status() != FacilityStatus.ACTIVE && !Permissions.managesStaff(actor, facility.id(), facility.associationId())) {
            throw new AccessRefusedException("error.other-facility");
        }
        return details(actor, facility, profile(facility));
    }

    /** Declares it all at once; refused when someone else changed it since {@code version} was read (-1: nothing yet). */
    public CapabilityDetails declare(Actor actor, long facilityId, CapabilityDeclaration declaration, long version) {
        Facility facility = facility(facilityId);
        CapabilityProfile profile = profile(facility);
        if (profile.version() != version) {
            throw new ConflictException("edit.stale");
        }
        profile.declare(actor, facility, declaration, districts.findAllById(declaration.districtIds()), Instant.now(clock));
        return details(actor, facility, profiles.saveAndFlush(profile));
    }

    /** 受け入れ状況の確認: whether the facility takes new patients, as of now. */
    public CapabilityDetails confirmIntake(Actor actor, long facilityId, @Nullable Intake intake) {
        Facility facility = facility(facilityId);
        CapabilityProfile profile = profile(facility);
        profile.confirmIntake(actor, facility, intake, Instant.now(clock));
        return details(actor, facility, profiles.saveAndFlush(profile));
    }

    private Facility facility(long id) {
        return facilities.findById(id).orElseThrow(() -> new NotFoundException("facility", id));
    }

    private CapabilityProfile profile(Facility facility) {
        return profiles.findById(facility.id()).orElseGet(() -> CapabilityProfile.none(facility));
    }

    private CapabilityDetails details(Actor actor, Facility facility, CapabilityProfile profile) {
        FacilityCapabilityInfo info = search.facility(facility.id()).orElseThrow();
        List<Capability> declarable = Capability.declarableBy(facility.type()).stream().sorted().toList();
        return new CapabilityDetails(info, profile.districtIds(), profile.declaredIntake(), declarable,
                districts.findInfoByAssociation(facility.associationId()), profile.allowedActions(actor, facility),
                profile.version());
    }
}
