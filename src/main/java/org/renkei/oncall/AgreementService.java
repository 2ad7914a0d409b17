package org.renkei.oncall;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.FacilityType;
import org.renkei.oncall.internal.CoverAgreement;
import org.renkei.oncall.internal.CoverAgreements;
import org.renkei.oncall.internal.CoverPool;
import org.renkei.oncall.internal.CoverPools;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cover agreements: a clinic proposes a pair with another clinic or asks for a place in its district's pool; the
 * other side (the covering clinic, or the association) accepts or declines; either side ends it. The association sees
 * every agreement of its clinics and pools.
 */
@Service
@Transactional
public class AgreementService {

    private final CoverAgreements agreements;
    private final CoverPools pools;
    private final PrimaryPhysicians primaries;
    private final PatientAccess patients;
    private final DirectoryLookup directory;
    private final Clock clock;

    AgreementService(CoverAgreements agreements, CoverPools pools, PrimaryPhysicians primaries, PatientAccess patients,
            DirectoryLookup directory, Clock clock) {
        this.agreements = agreements;
        this.pools = pools;
        this.primaries = primaries;
        this.patients = patients;
        this.directory = directory;
        this.clock = clock;
    }

    /** What a clinic proposes: a pair (covering clinic) or a pool's place, with its terms. */
    public record Proposal(AgreementKind kind, @Nullable Long coveringFacilityId, @Nullable Long poolId, boolean nights,
            boolean holidays, boolean absences, boolean allPatients, List<Long> patientIds, int maxPatients,
            @Nullable String note) {}

    /**
     * Proposes an agreement for the member's clinic (a clinic or hospital that gives home care). The covering clinic
     * must be an active clinic or hospital; a pool is its own association's. Chosen patients must be the clinic's
     * (their 主治医 is there) and each is checked as a read by the proposer.
     */
    public AgreementInfo propose(Actor actor, Proposal p) {
        Long facility = actor.facilityId();
        if (facility == null || actor.associationId() == null) {
            throw new AccessRefusedException("oncall.not-your-clinic");
        }
        requireCareClinic(facility, "oncall.not-a-clinic");
        if (p.kind() == AgreementKind.PAIR && p.coveringFacilityId() != null) {
            FacilityContact covering = directory.contacts(List.of(p.coveringFacilityId())).get(p.coveringFacilityId());
            if (covering == null || covering.status() != FacilityStatus.ACTIVE || !givesCare(covering.type())) {
                throw new InvalidInputException("coveringFacility", "oncall.covering-not-active");
            }
        }
        if (p.kind() == AgreementKind.POOL && p.poolId() != null
                && pools.require(p.poolId()).associationId() != actor.associationId()) {
            throw new InvalidInputException("pool", "oncall.pool-other-association");
        }
        List<Long> clinicPatients = primaries.patientsOf(facility);
        if (!p.allPatients()) {
            for (long id : p.patientIds()) {
                patients.checkRead(actor, id);
                if (!clinicPatients.contains(id)) {
                    throw new InvalidInputException("patients", "oncall.not-your-patient");
                }
            }
        }
        CoverAgreement a = CoverAgreement.propose(actor, p.kind(), actor.associationId(), facility, p.coveringFacilityId(),
                p.poolId(), new CoverAgreement.Terms(p.nights(), p.holidays(), p.absences(), p.allPatients(),
                        new LinkedHashSet<>(p.patientIds()), p.maxPatients(), p.note()), clinicPatients.size(), Instant.now(clock));
        a = agreements.save(a);
        return info(actor, agreements.save(a.proposed(actor)));
    }

    public AgreementInfo accept(Actor actor, long id) {
        CoverAgreement a = agreements.require(id);
        if (a.kind() == AgreementKind.PAIR && a.allowedActions(actor).contains(OnCallAction.ACCEPT)) {
            requireCareClinic(actor.facilityId(), "oncall.covering-not-active");
        }
        a.accept(actor, Instant.now(clock));
        return info(actor, agreements.save(a));
    }

    public AgreementInfo decline(Actor actor, long id) {
        CoverAgreement a = agreements.require(id);
        a.decline(actor, Instant.now(clock));
        return info(actor, agreements.save(a));
    }

    public AgreementInfo end(Actor actor, long id) {
        CoverAgreement a = agreements.require(id);
        a.end(actor, Instant.now(clock));
        return info(actor, agreements.save(a));
    }

    /**
     * The agreements the member sees: their clinic's (either side) and, for an association's administrator, every
     * agreement of the association.
     */
    @Transactional(readOnly = true)
    public List<AgreementInfo> list(Actor actor) {
        Set<CoverAgreement> seen = new LinkedHashSet<>();
        if (actor.associationId() != null && actor.administers(actor.associationId())) {
            seen.addAll(agreements.findByAssociation(actor.associationId()));
        }
        if (actor.facilityId() != null) {
            seen.addAll(agreements.findByParty(actor.facilityId()));
        }
        return infos(actor, seen);
    }

    /** The pools of the member's association. */
    @Transactional(readOnly = true)
    public List<PoolInfo> pools(Actor actor) {
        if (actor.associationId() == null) {
            return List.of();
        }
        return pools.findByAssociationIdOrderByName(actor.associationId()).stream()
                .map(p -> new PoolInfo(p.id(), p.name(), p.districtId())).toList();
    }

    /** A pool as a picker shows it. */
    public record PoolInfo(long id, String name, long districtId) {}

    /** Clinics a pair can be proposed to: active clinics and hospitals other than the member's own, by name. */
    @Transactional(readOnly = true)
    public List<FacilityContact> coveringCandidates(Actor actor, String text) {
        List<Long> ids = directory.findFacilities(text).stream().filter(f -> givesCare(f.type()))
                .filter(f -> !actor.worksAt(f.id())).map(f -> f.id()).toList();
        return List.copyOf(directory.contacts(ids).values());
    }

    AgreementInfo info(Actor actor, CoverAgreement a) {
        return infos(actor, List.of(a)).getFirst();
    }

    private List<AgreementInfo> infos(Actor actor, Collection<CoverAgreement> list) {
        Set<Long> facilityIds = new LinkedHashSet<>();
        Set<Long> patientIds = new LinkedHashSet<>();
        list.forEach(a -> {
            facilityIds.add(a.principalFacilityId());
            if (a.coveringFacilityId() != null) {
                facilityIds.add(a.coveringFacilityId());
            }
            patientIds.addAll(a.patients());
        });
        Map<Long, FacilityContact> f = directory.contacts(facilityIds);
        Map<Long, String> names = patients.names(patientIds);
        Map<Long, String> poolNames = new java.util.HashMap<>();
        pools.findAllById(list.stream().map(CoverAgreement::poolId).filter(java.util.Objects::nonNull).toList())
                .forEach(p -> poolNames.put(p.id(), p.name()));
        List<AgreementInfo> out = new ArrayList<>();
        for (CoverAgreement a : list) {
            // patient names only to the principal clinic; the covering side learns them from the briefs, in their period
            boolean principal = actor.worksAt(a.principalFacilityId());
            List<String> chosen = principal ? a.patients().stream().map(id -> names.getOrDefault(id, "?")).toList() : List.of();
            FacilityContact covering = a.coveringFacilityId() == null ? null : f.get(a.coveringFacilityId());
            out.add(new AgreementInfo(a.id(), a.kind(), a.status(), a.principalFacilityId(), name(f.get(a.principalFacilityId())),
                    a.coveringFacilityId(), covering == null ? null : covering.name(), a.poolId(),
                    a.poolId() == null ? null : poolNames.get(a.poolId()), a.nights(), a.holidays(), a.absences(), a.allPatients(),
                    chosen, a.maxPatients(), a.note(), a.proposedAt(), a.decidedAt(), a.allowedActions(actor)));
        }
        return out;
    }

    private static String name(@Nullable FacilityContact f) {
        return f == null ? "?" : f.name();
    }

    private void requireCareClinic(@Nullable Long facilityId, String key) {
        FacilityContact f = facilityId == null ? null : directory.contacts(List.of(facilityId)).get(facilityId);
        if (f == null || f.status() != FacilityStatus.ACTIVE || !givesCare(f.type())) {
            throw new AccessRefusedException(key);
        }
    }

    static boolean givesCare(FacilityType type) {
        return type == FacilityType.CLINIC || type == FacilityType.HOSPITAL;
    }

    /** Creates the pool of a district if it has none (the association's administrators, or the demo data). */
    public long ensurePool(Actor actor, long districtId, String name) {
        if (actor.associationId() == null || !actor.administers(actor.associationId())) {
            throw new AccessRefusedException("oncall.not-coordinator");
        }
        return pools.findByDistrictId(districtId)
                .orElseGet(() -> pools.save(new CoverPool(actor.associationId(), districtId, name, Instant.now(clock)))).id();
    }
}
