package org.renkei.beds;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.beds.internal.BedHospital;
import org.renkei.beds.internal.BedHospitals;
import org.renkei.beds.internal.BedProgramme;
import org.renkei.beds.internal.BedProgrammes;
import org.renkei.beds.internal.BedRequest;
import org.renkei.beds.internal.BedRequests;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientService;
import org.renkei.platform.AccessRefusedException;
import org.renkei.security.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading requests: one request with its timeline (for the patient's team and the hospital it is addressed to; the read
 * logged), the team's list (the member's patients), the hospital's list (what was sent to it), and the programme
 * manager's overview (no patient named).
 */
@Service
@Transactional(readOnly = true)
public class BedRequestQueries {

    private final BedRequests requests;
    private final BedHospitals hospitals;
    private final BedProgrammes programmes;
    private final PatientAccess patients;
    private final PatientService patientPages;
    private final DirectoryLookup directory;
    private final Support support;

    /** The rest of what reading needs. */
    @org.springframework.stereotype.Component
    static class Support {
        final JdbcTemplate jdbc;
        final AuditLog audit;
        final Clock clock;

        Support(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
            this.jdbc = jdbc;
            this.audit = audit;
            this.clock = clock;
        }
    }

    BedRequestQueries(BedRequests requests, BedHospitals hospitals, BedProgrammes programmes, PatientAccess patients,
            PatientService patientPages, DirectoryLookup directory, Support support) {
        this.requests = requests;
        this.hospitals = hospitals;
        this.programmes = programmes;
        this.patients = patients;
        this.patientPages = patientPages;
        this.directory = directory;
        this.support = support;
    }

    /** One request, for the team or the hospital it is addressed to; the read is logged. */
    @Transactional
    public RequestInfo details(Actor actor, long id) {
        BedRequest r = requests.require(id);
        requireParty(actor, r);
        support.audit.record(actor, "beds.request-viewed", target(r), "request " + r.id());
        return info(actor, r);
    }

    /** The requests for the member's patients (担当患者), newest first. */
    public List<RequestInfo> forTeam(Actor actor) {
        List<Long> mine = patientPages.myPatients(actor, null, 0, 200).stream().map(PatientCard::id).toList();
        return mine.isEmpty() ? List.of() : infos(actor, requests.findForPatients(mine));
    }

    /** What was sent to the member's hospital, newest first. */
    public List<RequestInfo> forHospital(Actor actor) {
        if (actor.facilityId() == null) {
            return List.of();
        }
        List<Long> ids = hospitals.findByFacilityId(actor.facilityId()).stream().map(BedHospital::id).toList();
        return ids.isEmpty() ? List.of() : infos(actor, requests.findForHospitals(ids));
    }

    /** The programme manager's overview of its programmes' requests: no patient, nothing clinical. */
    public List<RequestOverview> overview(Actor actor) {
        List<Long> managed = actor.associationId() == null ? List.of()
                : programmes.findByAssociationIdOrderByName(actor.associationId()).stream().filter(p -> p.managedBy(actor))
                        .map(BedProgramme::id).toList();
        if (managed.isEmpty()) {
            throw new AccessRefusedException("beds.not-programme-manager");
        }
        List<BedRequest> list = requests.findForProgrammes(managed).stream().filter(r -> r.status() != RequestStatus.DRAFT).toList();
        Map<Long, String> names = hospitalNames(list.stream().map(BedRequest::hospitalId).collect(Collectors.toSet()));
        Instant now = Instant.now(support.clock);
        return list.stream().map(r -> new RequestOverview(r.id(), names.getOrDefault(r.hospitalId(), "?"), r.urgency(), r.status(),
                r.createdAt(), r.sentAt(), r.answeredAt(), r.declineReason(),
                r.allowedActions(actor, -1, now).contains(BedAction.PASS_ON))).toList();
    }

    /** The team (may read the patient) or the hospital the request is addressed to; a refusal is logged. */
    void requireParty(Actor actor, BedRequest r) {
        if (actor.worksAt(hospitals.require(r.hospitalId()).facilityId()) && r.status() != RequestStatus.DRAFT
                && r.status() != RequestStatus.AT_DESK) {
            return;
        }
        patients.checkRead(actor, r.patientId());
    }

    /** Only the patient's team (a refusal is logged). */
    void requireTeam(Actor actor, BedRequest r) {
        patients.checkRead(actor, r.patientId());
    }

    RequestInfo info(Actor actor, BedRequest r) {
        return infos(actor, List.of(r)).getFirst();
    }

    List<RequestInfo> infos(Actor actor, Collection<BedRequest> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, BedHospital> hs = hospitals.findAllById(list.stream().map(BedRequest::hospitalId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(BedHospital::id, Function.identity()));
        Map<Long, FacilityContact> facilities = directory.contacts(hs.values().stream().map(BedHospital::facilityId).toList());
        Set<Long> members = new LinkedHashSet<>();
        list.forEach(r -> {
            members.add(r.doctorId());
            members.add(r.draftedBy());
        });
        Map<Long, MemberSummary> m = directory.members(members);
        Map<Long, String> names = patients.names(list.stream().map(BedRequest::patientId).collect(Collectors.toSet()));
        Map<Long, List<RequestInfo.Step>> steps = timelines(list.stream().map(BedRequest::id).toList());
        Map<Long, Long> next = new java.util.HashMap<>();
        support.jdbc.query("SELECT previous_id, id FROM bed_request WHERE previous_id IN ("
                        + list.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(",")) + ")",
                rs -> {
                    next.put(rs.getLong(1), rs.getLong(2));
                });
        Instant now = Instant.now(support.clock);
        return list.stream().map(r -> {
            BedHospital h = hs.get(r.hospitalId());
            FacilityContact f = h == null ? null : facilities.get(h.facilityId());
            MemberSummary doctor = m.get(r.doctorId());
            MemberSummary drafter = m.get(r.draftedBy());
            return new RequestInfo(r.id(), r.programmeId(), r.hospitalId(), f == null ? "?" : f.name(), h == null ? "" : h.hotline(),
                    r.patientId(), names.getOrDefault(r.patientId(), "?"), r.purpose(), r.urgency(), r.transport(), r.note(),
                    r.doctorId(), doctor == null ? "?" : doctor.name(), drafter == null ? "?" : drafter.name(), r.status(),
                    r.createdAt(), r.sentAt(), r.dueAt(), r.answeredAt(), r.arriveBy(), r.declineReason(), r.declineNote(),
                    r.admittedOn(), r.dischargedOn(), r.previousId(), next.get(r.id()), steps.getOrDefault(r.id(), List.of()),
                    r.allowedActions(actor, h == null ? -1 : h.facilityId(), now, next.containsKey(r.id())));
        }).toList();
    }

    private Map<Long, List<RequestInfo.Step>> timelines(List<Long> ids) {
        Map<Long, List<RequestInfo.Step>> out = new java.util.HashMap<>();
        support.jdbc.query("SELECT request_id, occurred_at, actor_name, step, detail FROM bed_request_event WHERE request_id IN ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") ORDER BY id", rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new RequestInfo.Step(
                            rs.getTimestamp(2).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                });
        return out;
    }

    List<HospitalInfo> hospitals(Actor actor, Collection<Long> ids) {
        List<BedHospital> list = hospitals.findAllById(ids);
        Map<Long, FacilityContact> f = directory.contacts(list.stream().map(BedHospital::facilityId).toList());
        Map<Long, String> programmeNames = programmes.findAllById(list.stream().map(BedHospital::programmeId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(BedProgramme::id, BedProgramme::name));
        Instant now = Instant.now(support.clock);
        return list.stream().map(h -> ProgrammeService.hospitalInfo(actor, h, programmeNames.getOrDefault(h.programmeId(), ""),
                f.get(h.facilityId()), now)).toList();
    }

    private Map<Long, String> hospitalNames(Collection<Long> hospitalIds) {
        List<BedHospital> list = hospitals.findAllById(hospitalIds);
        Map<Long, FacilityContact> f = directory.contacts(list.stream().map(BedHospital::facilityId).toList());
        return list.stream().collect(Collectors.toMap(BedHospital::id, h -> f.containsKey(h.facilityId()) ? f.get(h.facilityId()).name() : "?"));
    }

    AuditTarget target(BedRequest r) {
        String name = patients.names(List.of(r.patientId())).getOrDefault(r.patientId(), "?");
        return new AuditTarget("patient", r.patientId(), name + " (ID " + r.patientId() + ")", r.associationId(), r.patientId());
    }
}
