package org.renkei.beds;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.renkei.beds.internal.BedHospital;
import org.renkei.beds.internal.BedHospitals;
import org.renkei.beds.internal.BedProgramme;
import org.renkei.beds.internal.BedProgrammes;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.DistrictInfo;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.FacilityType;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up a district's programme: its rules and its hospitals, by the association's administrators or the 区's desk
 * (在宅療養支援窓口). Every member of the association sees the programmes and their hospitals.
 */
@Service
@Transactional
public class ProgrammeService {

    private final BedProgrammes programmes;
    private final BedHospitals hospitals;
    private final AssociationService associations;
    private final DirectoryLookup directory;
    private final Clock clock;

    ProgrammeService(BedProgrammes programmes, BedHospitals hospitals, AssociationService associations, DirectoryLookup directory,
            Clock clock) {
        this.programmes = programmes;
        this.hospitals = hospitals;
        this.associations = associations;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Sets up the district's programme (one per district): run by the association's office when an administrator sets it
     * up, by the desk when a member of the district's 在宅療養支援窓口 does.
     */
    public ProgrammeInfo create(Actor actor, long districtId, String name, BedProgramme.Rules rules) {
        DistrictInfo district = associations.districts().stream().filter(d -> d.id() == districtId).findFirst()
                .orElseThrow(() -> new InvalidInputException("district", "validation.NotNull"));
        long runBy;
        if (actor.administers(district.associationId())) {
            runBy = associations.officeOf(district.associationId());
        } else {
            FacilityContact own = actor.facilityId() == null ? null : directory.contacts(List.of(actor.facilityId())).get(actor.facilityId());
            if (own == null || own.type() != FacilityType.MUNICIPAL_SUPPORT_DESK || own.districtId() == null
                    || own.districtId() != districtId) {
                throw new AccessRefusedException("beds.not-programme-manager");
            }
            runBy = own.id();
        }
        if (programmes.findByDistrictId(districtId).isPresent()) {
            throw new ConflictException("beds.programme-exists");
        }
        BedProgramme p = programmes.save(BedProgramme.create(actor, district.associationId(), districtId, runBy, name, rules,
                Instant.now(clock)));
        return info(actor, programmes.save(p.saved(actor)));
    }

    public ProgrammeInfo change(Actor actor, long programmeId, String name, BedProgramme.Rules rules) {
        BedProgramme p = programmes.require(programmeId);
        p.change(actor, name, rules);
        return info(actor, programmes.save(p));
    }

    /** Adds an active hospital of the association to the programme. */
    public ProgrammeInfo addHospital(Actor actor, long programmeId, long facilityId, int bedsPerDay, String hotline, String hours) {
        BedProgramme p = programmes.require(programmeId);
        FacilityContact f = directory.contacts(List.of(facilityId)).get(facilityId);
        if (f == null || f.type() != FacilityType.HOSPITAL || f.status() != FacilityStatus.ACTIVE
                || f.associationId() != p.associationId()) {
            throw new InvalidInputException("facility", "beds.not-a-hospital");
        }
        if (hospitals.findByFacilityId(facilityId).stream().anyMatch(h -> h.programmeId() == programmeId)) {
            throw new ConflictException("beds.hospital-in-programme");
        }
        BedHospital h = hospitals.save(BedHospital.join(actor, p, facilityId, bedsPerDay, hotline, hours));
        hospitals.save(h.saved(actor));
        return info(actor, p);
    }

    public ProgrammeInfo changeHospital(Actor actor, long hospitalId, int bedsPerDay, String hotline, String hours, boolean active) {
        BedHospital h = hospitals.require(hospitalId);
        BedProgramme p = programmes.require(h.programmeId());
        h.change(actor, p, bedsPerDay, hotline, hours, active);
        hospitals.save(h);
        return info(actor, p);
    }

    /** Names the hospital's members who answer requests (地域連携室); an empty list: every member is told. */
    public ProgrammeInfo setResponders(Actor actor, long hospitalId, List<Long> memberIds) {
        BedHospital h = hospitals.require(hospitalId);
        BedProgramme p = programmes.require(h.programmeId());
        List<Long> staff = directory.activeMemberIds(h.facilityId());
        if (!staff.containsAll(memberIds)) {
            throw new InvalidInputException("responders", "beds.not-this-hospital");
        }
        h.answeredBy(actor, p, memberIds);
        hospitals.save(h);
        return info(actor, p);
    }

    /** The hospital's active members, for naming who answers. */
    @Transactional(readOnly = true)
    public List<org.renkei.directory.MemberSummary> staff(Actor actor, long hospitalId) {
        BedHospital h = hospitals.require(hospitalId);
        if (!programmes.require(h.programmeId()).managedBy(actor) && !actor.administersFacility(h.facilityId())) {
            throw new AccessRefusedException("beds.not-programme-manager");
        }
        return List.copyOf(directory.members(directory.activeMemberIds(h.facilityId())).values());
    }

    /** The programmes of the member's association, with their hospitals. */
    @Transactional(readOnly = true)
    public List<ProgrammeInfo> list(Actor actor) {
        if (actor.associationId() == null) {
            return List.of();
        }
        List<ProgrammeInfo> out = new ArrayList<>();
        for (BedProgramme p : programmes.findByAssociationIdOrderByName(actor.associationId())) {
            out.add(info(actor, p));
        }
        return out;
    }

    /** Hospitals of the association that could join (for the programme page's picker). */
    @Transactional(readOnly = true)
    public List<FacilityContact> candidateHospitals(Actor actor, String text) {
        List<Long> ids = directory.findFacilities(text, FacilityType.HOSPITAL, 0, 30).stream()
                .filter(f -> actor.associationId() != null && f.associationId() == actor.associationId()).map(f -> f.id()).toList();
        return List.copyOf(directory.contacts(ids).values());
    }

    ProgrammeInfo info(Actor actor, BedProgramme p) {
        List<BedHospital> list = hospitals.findByProgrammes(List.of(p.id()));
        Map<Long, FacilityContact> f = directory.contacts(list.stream().map(BedHospital::facilityId).toList());
        Instant now = Instant.now(clock);
        List<HospitalInfo> hs = list.stream().map(h -> hospitalInfo(actor, h, p.name(), f.get(h.facilityId()), now)).toList();
        FacilityContact runBy = directory.contacts(List.of(p.runByFacilityId())).get(p.runByFacilityId());
        return new ProgrammeInfo(p.id(), p.name(), p.districtId(), runBy == null ? "" : runBy.name(), p.minAge(), p.purposes(),
                p.longestStayDays(), p.reuseGapDays(), p.exclusions(), p.viaDesk(), p.answerMinutesToday(), p.answerMinutesLater(),
                hs, p.managedBy(actor));
    }

    static HospitalInfo hospitalInfo(Actor actor, BedHospital h, String programmeName, FacilityContact f, Instant now) {
        return new HospitalInfo(h.id(), h.programmeId(), programmeName, h.facilityId(), f == null ? "?" : f.name(), h.bedsPerDay(),
                h.hotline(), h.hours(), h.freeBeds(), h.freeUpdatedAt(), h.freeUpdatedBy(), h.fresh(now), h.active(),
                h.active() && actor.worksAt(h.facilityId()), List.copyOf(h.responders()));
    }
}
