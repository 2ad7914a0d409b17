package org.renkei.oncall;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.MemberSummary;
import org.renkei.oncall.internal.BriefChoice;
import org.renkei.oncall.internal.BriefChoices;
import org.renkei.patient.CoveredPatient;
import org.renkei.patient.PatientService;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 主治医's side of the briefs: which one a covering doctor gets per patient (full, or minimal: まつど方式), how it
 * reads, and what the full ones of their patients lack.
 */
@Service
@Transactional
public class BriefService {

    private final BriefChoices choices;
    private final BriefBuilder builder;
    private final PrimaryPhysicians primaries;
    private final PatientService patients;
    private final DirectoryLookup directory;
    private final AuditLog audit;
    private final Clock clock;

    BriefService(BriefChoices choices, BriefBuilder builder, PrimaryPhysicians primaries, PatientService patients,
            DirectoryLookup directory, AuditLog audit, Clock clock) {
        this.choices = choices;
        this.builder = builder;
        this.primaries = primaries;
        this.patients = patients;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The brief of a patient as a covering doctor would get it, with what it lacks; for the team. Logged. */
    public Brief preview(Actor actor, long patientId, Locale locale) {
        patients.header(actor, patientId);
        CoveredPatient p = Objects.requireNonNull(primaries.find(patientId));
        MemberSummary primary = p.primaryMemberId() == null ? null
                : directory.members(List.of(p.primaryMemberId())).get(p.primaryMemberId());
        audit.record(actor, "oncall.brief-previewed", target(p), null);
        return builder.build(p, !builder.minimal(List.of(patientId)).isEmpty(), false, primary,
                directory.contacts(facilityIds(List.of(p))), today(), locale);
    }

    /** The 主治医's own patients with the brief chosen and what a full one lacks (names only: not logged). */
    @Transactional(readOnly = true)
    public List<BriefStatus> mine(Actor actor, Locale locale) {
        List<Long> ids = primaries.patientsOfDoctor(actor.memberId());
        Map<Long, CoveredPatient> found = primaries.find(ids);
        Set<Long> minimal = builder.minimal(ids);
        Map<Long, FacilityContact> facilities = directory.contacts(facilityIds(found.values()));
        LocalDate today = today();
        return found.values().stream().map(p -> {
            boolean min = minimal.contains(p.id());
            return new BriefStatus(p.id(), p.name(), min,
                    min ? List.of() : builder.build(p, false, false, null, facilities, today, locale).missing());
        }).toList();
    }

    /** A patient's brief choice and what the full brief lacks (keys under {@code oncall.brief.field.*}). */
    public record BriefStatus(long patientId, String name, boolean minimal, List<String> missing) {}

    /** The 主治医 (or the managing clinic) chooses the minimal brief (まつど方式) or the full one for a patient. */
    public void choose(Actor actor, long patientId, boolean minimal) {
        if (!patients.header(actor, patientId).managesTeam()) {
            throw new AccessRefusedException("oncall.not-your-patient");
        }
        BriefChoice c = choices.findById(patientId).orElseGet(() -> new BriefChoice(patientId));
        c.choose(actor, minimal, Instant.now(clock));
        choices.save(c);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
    }

    static Set<Long> facilityIds(Collection<CoveredPatient> list) {
        Set<Long> ids = new LinkedHashSet<>();
        list.forEach(p -> {
            if (p.primaryFacilityId() != null) {
                ids.add(p.primaryFacilityId());
            }
            ids.addAll(p.nurseStationIds());
        });
        return ids;
    }

    static AuditTarget target(CoveredPatient p) {
        return new AuditTarget("patient", p.id(), p.name() + " (ID " + p.id() + ")", p.associationId(), p.id());
    }
}
