package org.renkei.patient;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.internal.CareTeam;
import org.renkei.patient.internal.Patient;
import org.renkei.patient.internal.Patients;
import org.renkei.patient.internal.TeamMemberships;
import org.renkei.patient.internal.Transfer;
import org.renkei.patient.internal.Transfers;
import org.renkei.platform.ConflictException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 管理施設の変更: the managing facility asks another facility to take the patient's record over; the receiving
 * facility's administrator accepts (it manages the patient from now, and is on the team) or declines. The
 * {@link Transfer} decides; its events are logged and told by the module's listeners.
 */
@Service
@Transactional
public class TransferService {

    /** A request to take over a patient, as the receiving facility sees it. */
    public record TransferRequest(long id, long patientId, String patientName, String fromFacility, String requestedBy,
            Instant requestedAt, @Nullable String note) {}

    private final Transfers transfers;
    private final Patients patients;
    private final TeamMemberships teams;
    private final PatientAccess access;
    private final DirectoryLookup directory;
    private final Clock clock;

    TransferService(Transfers transfers, Patients patients, TeamMemberships teams, PatientAccess access,
            DirectoryLookup directory, Clock clock) {
        this.transfers = transfers;
        this.patients = patients;
        this.teams = teams;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Asks another facility to become the managing facility. The requester confirms that the patient
     * agreed; the receiving facility decides.
     */
    public void requestTransfer(Actor actor, long patientId, long toFacilityId, boolean consentConfirmed, @Nullable String note) {
        Patient patient = access.requireWrite(actor, patientId);
        Transfer transfer = Transfer.request(actor, patient, toFacilityId, consentConfirmed, note, Instant.now(clock));
        FacilityRef to = directory.facility(toFacilityId);
        if (to.status() != FacilityStatus.ACTIVE || !access.covers(patientId, -1, toFacilityId)) {
            throw new ConflictException("team.not-covered-by-consent", to.name());
        }
        if (transfers.findFirstByPatientIdAndStatus(patientId, Transfer.Status.REQUESTED).isPresent()) {
            throw new ConflictException("transfer.pending");
        }
        transfers.save(transfers.save(transfer).requested(actor));
    }

    /** Requests addressed to the member's facility. */
    @Transactional(readOnly = true)
    public List<TransferRequest> incomingTransfers(Actor actor) {
        if (actor.facilityId() == null) {
            return List.of();
        }
        List<Transfer> pending = transfers.findByToFacilityIdAndStatusOrderByRequestedAtDesc(actor.facilityId(),
                Transfer.Status.REQUESTED);
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<Long, FacilityRef> from = directory.facilities(pending.stream().map(Transfer::fromFacilityId).toList());
        Map<Long, MemberSummary> by = directory.members(pending.stream().map(Transfer::requestedBy).toList());
        Map<Long, Patient> who = patients.findAllById(pending.stream().map(Transfer::patientId).toList()).stream()
                .collect(Collectors.toMap(Patient::id, Function.identity()));
        return pending.stream().map(t -> new TransferRequest(t.id(), t.patientId(),
                who.containsKey(t.patientId()) ? who.get(t.patientId()).name() : "?",
                from.get(t.fromFacilityId()).name(), by.containsKey(t.requestedBy()) ? by.get(t.requestedBy()).name() : "?",
                t.requestedAt(), t.note())).toList();
    }

    /**
     * The receiving facility (its administrator) accepts or declines. Accepting makes it the managing
     * facility and puts it on the team.
     */
    public void decideTransfer(Actor actor, long transferId, boolean accept, @Nullable String note) {
        Transfer transfer = transfers.findById(transferId).orElseThrow(() -> new NotFoundException("transfer", transferId));
        Patient patient = patients.findById(transfer.patientId()).orElseThrow();
        Instant now = Instant.now(clock);
        transfer.decide(actor, patient, accept, note, now, directory.facility(transfer.toFacilityId()).associationId());
        if (accept) {
            CareTeam.of(patient, teams.findActive(patient.id())).takeOver(actor, transfer.toFacilityId(), now)
                    .ifPresent(teams::save);
        }
        transfers.save(transfer);
    }
}
