package org.renkei.handoff;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.renkei.handoff.HandoffService.RecipientRequest;
import org.renkei.handoff.internal.Handoff;
import org.renkei.handoff.internal.Handoffs;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.PatientService;
import org.renkei.patient.PatientSummary;
import org.renkei.patient.TeamEntry;
import org.renkei.patient.TeamRole;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** While drafting: the sheets as the patient's summary fills them, and the home team to address (reading them is logged). */
@Service
@Transactional
public class HandoffPrefillService {

    private final Handoffs handoffs;
    private final PatientService patientService;
    private final CareTeamService teams;

    HandoffPrefillService(Handoffs handoffs, PatientService patientService, CareTeamService teams) {
        this.handoffs = handoffs;
        this.patientService = patientService;
        this.teams = teams;
    }

    /** For the sender, while drafting: the admission sheet as the patient's summary fills it (reading it is logged). */
    public AdmissionSheet admissionFromSummary(Actor actor, long patientId, LocalDate admissionDate) {
        PatientSummary summary = patientService.open(actor, patientId).current().summary();
        String doctor = teams.team(actor, patientId).stream()
                .filter(e -> e.role() == TeamRole.PRIMARY_PHYSICIAN && e.memberName() != null)
                .map(e -> e.memberName() + "（" + e.facilityName() + "）").findFirst().orElse(null);
        return Prefill.admission(summary, admissionDate, doctor);
    }

    /** For the hospital, while drafting: the discharge information as the patient's summary fills it (logged). */
    public DischargeSheet dischargeFromSummary(Actor actor, long patientId, LocalDate plannedDischargeDate) {
        LocalDate admitted = handoffs.findByPatientIdOrderByCreatedAtDesc(patientId).stream()
                .filter(h -> h.kind() == HandoffKind.ADMISSION && h.status() != HandoffStatus.DRAFT && h.status() != HandoffStatus.CANCELLED)
                .map(Handoff::eventDate).findFirst().orElse(null);
        return Prefill.discharge(patientService.open(actor, patientId).current().summary(), plannedDischargeDate, admitted);
    }

    /** Roles a home team takes; discharge information goes to these. */
    public static final List<TeamRole> HOME_ROLES = List.of(TeamRole.PRIMARY_PHYSICIAN, TeamRole.VISITING_NURSE,
            TeamRole.CARE_MANAGER, TeamRole.PHARMACIST, TeamRole.REHABILITATION, TeamRole.DENTAL, TeamRole.CARE_WORKER,
            TeamRole.SECONDARY_PHYSICIAN, TeamRole.SUPPORT_DESK);

    /** The home team already on the patient's team (each facility once, in its role there), but the actor's own (logged). */
    public List<RecipientRequest> homeTeam(Actor actor, long patientId) {
        Map<Long, TeamRole> seen = new LinkedHashMap<>();
        for (TeamEntry e : teams.team(actor, patientId)) {
            if (e.facilityId() != null && !Objects.equals(e.facilityId(), actor.facilityId()) && HOME_ROLES.contains(e.role())) {
                seen.putIfAbsent(e.facilityId(), e.role());
            }
        }
        return seen.entrySet().stream().map(x -> new RecipientRequest(x.getKey(), x.getValue())).toList();
    }
}
