package org.renkei.beds;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.renkei.beds.internal.BedHospital;
import org.renkei.beds.internal.BedHospitals;
import org.renkei.beds.internal.BedProgramme;
import org.renkei.beds.internal.BedProgrammes;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityContact;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board of free backup beds: every programme hospital of the member's association with today's figure, when and by
 * whom it was given (older than a day: not trusted); a hospital's members (or its system) give the figure.
 */
@Service
@Transactional
public class AvailabilityService {

    private final BedProgrammes programmes;
    private final BedHospitals hospitals;
    private final DirectoryLookup directory;
    private final Clock clock;

    AvailabilityService(BedProgrammes programmes, BedHospitals hospitals, DirectoryLookup directory, Clock clock) {
        this.programmes = programmes;
        this.hospitals = hospitals;
        this.directory = directory;
        this.clock = clock;
    }

    /** Every hospital of the association's programmes: fresh figures first, most free beds first. */
    @Transactional(readOnly = true)
    public List<HospitalInfo> board(Actor actor) {
        if (actor.associationId() == null) {
            return List.of();
        }
        Map<Long, BedProgramme> ps = programmes.findByAssociationIdOrderByName(actor.associationId()).stream()
                .collect(Collectors.toMap(BedProgramme::id, Function.identity()));
        if (ps.isEmpty()) {
            return List.of();
        }
        List<BedHospital> list = hospitals.findByProgrammes(ps.keySet());
        Map<Long, FacilityContact> f = directory.contacts(list.stream().map(BedHospital::facilityId).toList());
        Instant now = Instant.now(clock);
        return list.stream().filter(BedHospital::active)
                .map(h -> ProgrammeService.hospitalInfo(actor, h, ps.get(h.programmeId()).name(), f.get(h.facilityId()), now))
                .sorted(Comparator.comparing((HospitalInfo h) -> !h.fresh())
                        .thenComparing(h -> -(h.fresh() && h.freeBeds() != null ? h.freeBeds() : 0)).thenComparing(HospitalInfo::name))
                .toList();
    }

    /** Today's free beds at a hospital, given by one of its members (or its system); every open board shows it at once. */
    public HospitalInfo update(Actor actor, long hospitalId, int freeBeds) {
        BedHospital h = hospitals.require(hospitalId);
        Instant now = Instant.now(clock);
        h.updateFree(actor, freeBeds, now);
        hospitals.save(h);
        BedProgramme p = programmes.require(h.programmeId());
        return ProgrammeService.hospitalInfo(actor, h, p.name(), directory.contacts(List.of(h.facilityId())).get(h.facilityId()), now);
    }
}
