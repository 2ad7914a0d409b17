package org.renkei.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.internal.BreakGlassGrant;
import org.renkei.patient.internal.BreakGlassGrants;
import org.renkei.patient.internal.ConsentHead;
import org.renkei.patient.internal.Consents;
import org.renkei.patient.internal.MyPatients;
import org.renkei.patient.internal.Patient;
import org.renkei.platform.Inputs;
import org.renkei.platform.Kana;
import org.renkei.platform.OffsetLimit;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading patients: "my patients" (担当患者), opening a patient with its current summary (logged, and marked seen for
 * "what changed since I last looked"), and the header other pages show. Registration is {@link RegistrationService},
 * the summary's saving {@link SummaryService} and its history {@link SummaryHistoryService}.
 */
@Service
@Transactional
public class PatientService {

    private final PatientAccess access;
    private final SummaryService summaries;
    private final MyPatients mine;
    private final Consents consents;
    private final BreakGlassGrants breakGlass;
    private final DirectoryLookup directory;
    private final AuditLog audit;

    PatientService(PatientAccess access, SummaryService summaries, MyPatients mine, Consents consents,
            BreakGlassGrants breakGlass, DirectoryLookup directory, AuditLog audit) {
        this.access = access;
        this.summaries = summaries;
        this.mine = mine;
        this.consents = consents;
        this.breakGlass = breakGlass;
        this.directory = directory;
        this.audit = audit;
    }

    /**
     * 担当患者: the patients whose team the member is on (themselves or through their facility), most
     * recently active first, with whether anything changed since the member last opened them. Frozen
     * patients appear only to their managing facility.
     */
    @Transactional(readOnly = true)
    public List<PatientCard> myPatients(Actor actor, @Nullable String text, int offset, int limit) {
        String q = Inputs.blank(text);
        OffsetLimit page = OffsetLimit.of(offset, limit);
        List<MyPatients.Row> rows = mine.find(actor, q == null ? null : "%" + q + "%",
                q == null ? null : "%" + Kana.normalize(q) + "%", page.offset(), page.limit());
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TeamRole>> roles = mine.roles(actor, rows.stream().map(MyPatients.Row::id).toList());
        Map<Long, FacilityRef> facilities = directory.facilities(
                rows.stream().map(MyPatients.Row::managingFacilityId).distinct().toList());
        List<PatientCard> cards = new ArrayList<>(rows.size());
        for (MyPatients.Row r : rows) {
            FacilityRef f = facilities.get(r.managingFacilityId());
            cards.add(new PatientCard(r.id(), r.name(), r.nameKana(), r.birthDate(), r.sex(), r.status(),
                    f == null ? "" : f.name(), roles.getOrDefault(r.id(), List.of()), r.summaryVersion(),
                    r.lastActivityAt(), r.lastActivityBy(), r.seenVersion() == null || r.seenVersion() < r.summaryVersion()));
        }
        return cards;
    }

    /**
     * Opens a patient: who they are and the current summary. Logged; marks the patient seen by this
     * member (for "what changed since I last looked").
     */
    public PatientPage open(Actor actor, long patientId) {
        Patient patient = access.requireRead(actor, patientId);
        SummaryVersion current = summaries.version(patient, patient.summaryVersion());
        mine.markSeen(actor.memberId(), patient.id(), patient.summaryVersion());
        // a covering doctor's read is logged as such (代診), so the association sees reads that no team place explains
        audit.record(actor, access.access(actor, patient) == Access.COVER ? "patient.viewed-cover" : "patient.viewed",
                PatientAccess.target(patient), "summary v" + patient.summaryVersion());
        return new PatientPage(header(actor, patient), current, emergencyAccesses(patient));
    }

    /** Who the patient is and what this member may do, without logging (for page headers that another call logs). */
    @Transactional(readOnly = true)
    public PatientHeader header(Actor actor, long patientId) {
        return header(actor, access.requireRead(actor, patientId));
    }

    private PatientHeader header(Actor actor, Patient p) {
        FacilityRef facility = directory.facility(p.managingFacilityId());
        Access level = access.access(actor, p);
        boolean manages = access.managesTeam(actor, p);
        ConsentModel model = consents.findCurrentHead(p.id()).map(ConsentHead::model).orElse(ConsentModel.BLANKET);
        return new PatientHeader(p.id(), p.name(), p.nameKana(), p.birthDate(), p.sex(), p.postalCode(), p.address(),
                p.phone(), p.status(), p.managingFacilityId(), facility.name(), model, p.summaryVersion(),
                p.lastActivityAt(), p.lastActivityBy(), level, manages, p.allowedActions(actor, level.mayWrite(), manages),
                p.insurance());
    }

    private List<EmergencyAccessInfo> emergencyAccesses(Patient patient) {
        List<BreakGlassGrant> grants = breakGlass.findByPatient(patient.id());
        if (grants.isEmpty()) {
            return List.of();
        }
        Map<Long, MemberSummary> who = directory.members(grants.stream().map(BreakGlassGrant::memberId).distinct().toList());
        return grants.stream().map(g -> {
            MemberSummary m = who.get(g.memberId());
            return new EmergencyAccessInfo(g.memberId(), m == null ? "?" : m.name(),
                    m == null || m.facilityName() == null ? "" : m.facilityName(), g.reason(), g.createdAt(), g.expiresAt());
        }).toList();
    }
}
