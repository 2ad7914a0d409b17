package org.renkei.patient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.patient.internal.BreakGlassGrant;
import org.renkei.patient.internal.BreakGlassGrants;
import org.renkei.patient.internal.Patient;
import org.renkei.patient.internal.Patients;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.Kana;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 緊急閲覧 (break-glass): a member who is not on a patient's team finds the patient by exact reading and
 * birth date, states why, and may read (not write) for an hour. The team is told at once and the access
 * log keeps the reason. Searching is logged too.
 */
@Service
@Transactional
public class EmergencyAccessService {

    public static final Duration GRANT = Duration.ofHours(1);
    public static final int MIN_REASON = 10;

    /** A patient as the emergency search shows them: just enough to be sure it is the right person. */
    public record Match(long patientId, String name, String nameKana, LocalDate birthDate, Sex sex, String managingFacility) {}

    private final Patients patients;
    private final BreakGlassGrants grants;
    private final PatientAccess access;
    private final DirectoryLookup directory;
    private final AuditLog audit;
    private final Clock clock;

    EmergencyAccessService(Patients patients, BreakGlassGrants grants, PatientAccess access, DirectoryLookup directory,
            AuditLog audit, Clock clock) {
        this.patients = patients;
        this.grants = grants;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Patients whose reading (フリガナ) and birth date match exactly; no partial matches. Logged. */
    public List<Match> find(Actor actor, String nameKana, LocalDate birthDate) {
        requireClinicalMember(actor);
        String kana = Kana.normalize(nameKana);
        if (kana.isBlank()) {
            throw new InvalidInputException("nameKana", "validation.NotBlank");
        }
        List<Patient> found = patients.findExactly(birthDate, kana.replace(" ", ""));
        Map<Long, FacilityRef> facilities = directory.facilities(
                found.stream().map(Patient::managingFacilityId).distinct().toList());
        audit.record(actor, "patient.emergency-search", AuditTarget.of("patient-search", null, kana + " " + birthDate,
                actor.associationId()), found.size() + " found");
        return found.stream().map(p -> new Match(p.id(), p.name(), p.nameKana(), p.birthDate(), p.sex(),
                facilities.get(p.managingFacilityId()).name())).toList();
    }

    /** Opens the patient for an hour. The reason is required (at least {@value #MIN_REASON} characters). */
    public void breakGlass(Actor actor, long patientId, String reason) {
        requireClinicalMember(actor);
        Patient patient = patients.findById(patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
        Instant now = Instant.now(clock);
        grants.save(BreakGlassGrant.open(actor, patient, access.access(actor, patient) == Access.TEAM, reason, MIN_REASON,
                now, now.plus(GRANT)));
    }

    /**
     * Whether the member may use break-glass at all: a clinician of a facility that gives care. Association offices,
     * clerks, municipal officers and programs may not (they never read clinical content unless on the team).
     */
    public static boolean mayUse(Actor actor) {
        // given at login only to a clinician member of a care facility (never to a program): nothing else to check
        return actor.has(Role.CLINICIAN);
    }

    private void requireClinicalMember(Actor actor) {
        if (!mayUse(actor)) {
            audit.recordAlone(actor.memberId(), actor.name(), actor.associationId(), "patient.break-glass-refused",
                    AuditTarget.of("patient-search", null, "-", actor.associationId()), "not a clinician of a care facility");
            throw new AccessRefusedException("break-glass.clinicians-only");
        }
    }
}
